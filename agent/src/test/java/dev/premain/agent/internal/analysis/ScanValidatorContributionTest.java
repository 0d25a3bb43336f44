package dev.premain.agent.internal.analysis;

import static dev.premain.agent.internal.Scans.JAR;
import static dev.premain.agent.internal.Scans.STATIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.agent.internal.Scans;
import dev.premain.agent.internal.model.MemberKind;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.problem.Problem;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules for {@code @Contribute} fields, methods and classes, and their type against the section. */
public class ScanValidatorContributionTest {
    private static final String COMMANDS = "com.acme.Commands";
    private static final String COMMAND = "com.acme.Command";
    private static final String CMDS = "com.acme.Cmds";

    private final MapTypeOracle types = new MapTypeOracle(Map.of(
            "com.acme.ListCommand", Set.of(COMMAND, "java.lang.Object"),
            "com.acme.HelpCommand", Set.of(COMMAND, "java.lang.Object"),
            "int", Set.of("java.lang.Integer", "java.lang.Number")));

    @Test
    public void contributionToAnUndeclaredSection() {
        DeclaredContribution item = Scans.field("com.acme.Nowhere", CMDS, "LIST", COMMAND);

        assertEquals(List.of("@Contribute field 'com.acme.Cmds.LIST' names section 'com.acme.Nowhere', but that class"
                + " declares no valid @Section field (in lib/acme-1.0.jar). The item is not registered anywhere."
                + " Declare '@Section static final ImmutableSection<...>' in 'com.acme.Nowhere', or name the right"
                + " class in @Contribute."), messages(validateAgainstCommands(item)));
        assertEquals(List.of(), types.questions);
    }

    @Test
    public void fieldMustBeStaticFinal() {
        DeclaredContribution item = shape(MemberKind.FIELD, "LIST", STATIC, COMMAND, false);

        assertEquals(List.of("@Contribute field 'com.acme.Cmds.LIST' must be static final (in lib/acme-1.0.jar). It"
                + " is not added to section 'com.acme.Commands'. Declare it as 'static final Command LIST'."),
                messages(validateAgainstCommands(item)));
    }

    @Test
    public void methodMustBeStatic() {
        DeclaredContribution item = shape(MemberKind.METHOD, "list", Modifier.PUBLIC, COMMAND, false);

        assertEquals(List.of("@Contribute method 'com.acme.Cmds.list' must be static (in lib/acme-1.0.jar). It is"
                + " not added to section 'com.acme.Commands'. Declare it as 'static Command list()'."),
                messages(validateAgainstCommands(item)));
    }

    @Test
    public void methodMustNotDeclareParameters() {
        DeclaredContribution item = shape(MemberKind.METHOD, "list", STATIC, COMMAND, true);

        assertEquals(List.of("@Contribute method 'com.acme.Cmds.list' must not declare parameters"
                + " (in lib/acme-1.0.jar). It is not added to section 'com.acme.Commands'. Declare it as"
                + " 'static Command list()'."), messages(validateAgainstCommands(item)));
    }

    @Test
    public void methodMustNotReturnVoid() {
        DeclaredContribution item = shape(MemberKind.METHOD, "list", STATIC, "void", false);

        List<String> messages = messages(validateAgainstCommands(item));

        // Only the subject, rule, location and consequence are pinned: the fix sentence currently
        // suggests 'static void list()', the very shape that is wrong (see the test report).
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("@Contribute method 'com.acme.Cmds.list' must return the item, not void"
                + " (in lib/acme-1.0.jar). It is not added to section 'com.acme.Commands'. "), messages.get(0));
    }

    @Test
    public void classMustHaveANoArgConstructor() {
        DeclaredContribution item = new DeclaredContribution(COMMANDS, "com.acme.ListCommand", null, MemberKind.CLASS,
                Modifier.PUBLIC, "com.acme.ListCommand", true, null, JAR);

        assertEquals(List.of("@Contribute class 'com.acme.ListCommand' must have a constructor without parameters"
                + " (in lib/acme-1.0.jar). It is not added to section 'com.acme.Commands'. Add a constructor without"
                + " parameters, or contribute a static factory method instead."),
                messages(validateAgainstCommands(item)));
    }

    @Test
    public void classMustNotBeAbstract() {
        DeclaredContribution item = new DeclaredContribution(COMMANDS, "com.acme.ListCommand", null, MemberKind.CLASS,
                Modifier.PUBLIC | Modifier.ABSTRACT, "com.acme.ListCommand", false, null, JAR);

        List<String> messages = messages(validateAgainstCommands(item));

        // The fix sentence ("Add a constructor without parameters, ...") does not fit this rule; see the report.
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("@Contribute class 'com.acme.ListCommand' must be a concrete class, not"
                + " abstract or an interface (in lib/acme-1.0.jar). It is not added to section 'com.acme.Commands'. "),
                messages.get(0));
    }

    @Test
    public void shapeIsCheckedBeforeTheSectionExistsAndBeforeTheType() {
        DeclaredContribution item = new DeclaredContribution("com.acme.Nowhere", CMDS, "NAME", MemberKind.FIELD, 0,
                "java.lang.String", false, null, JAR);

        assertEquals(List.of("@Contribute field 'com.acme.Cmds.NAME' must be static final (in lib/acme-1.0.jar). It is"
                + " not added to section 'com.acme.Nowhere'. Declare it as 'static final String NAME'."),
                messages(validateAgainstCommands(item)));
        assertEquals(List.of(), types.questions);
    }

    @Test
    public void wrongContributionTypeNamesBothTypes() {
        DeclaredContribution item = Scans.field(COMMANDS, CMDS, "NAME", "java.lang.String");

        Validation validation = validateAgainstCommands(item);

        assertEquals(List.of("@Contribute field 'com.acme.Cmds.NAME' is a 'java.lang.String', but section"
                + " 'com.acme.Commands' holds 'com.acme.Command' (in lib/acme-1.0.jar). It is not added to the section."
                + " Contribute a 'com.acme.Command', or contribute to a section of 'java.lang.String'."),
                messages(validation));
        assertEquals(List.of("java.lang.String -> com.acme.Command"), types.questions);
        assertEquals(List.of(), validation.usable().contributions());
    }

    @Test
    public void primitiveConstantIsCheckedByItsKeyword() {
        Declarations scan = Scans.scan(List.of(),
                List.of(Scans.immutable("com.acme.Ports", "java.lang.Integer"),
                        Scans.immutable("com.acme.Names", "java.lang.String")),
                List.of(Scans.field("com.acme.Ports", "com.acme.Http", "PORT", "int"),
                        Scans.field("com.acme.Names", "com.acme.Http", "PORT", "int")));

        Validation validation = Validation.of(types, scan);

        assertEquals(List.of("@Contribute field 'com.acme.Http.PORT' is a 'int', but section 'com.acme.Names' holds"
                + " 'java.lang.String' (in lib/acme-1.0.jar). It is not added to the section. Contribute a"
                + " 'java.lang.String', or contribute to a section of 'int'."), messages(validation));
        assertEquals(List.of(scan.contributions().get(0)), validation.usable().contributions());
    }

    @Test
    public void validEntriesPassThroughToUsable() {
        DeclaredSection commands = Scans.immutable(COMMANDS, COMMAND);
        DeclaredMethod ctor = Scans.method("com.acme.Db", "init");
        DeclaredContribution field = Scans.field(COMMANDS, CMDS, "LIST", "com.acme.ListCommand");
        DeclaredContribution method = Scans.factory(COMMANDS, CMDS, "help", "com.acme.HelpCommand");
        DeclaredContribution type = Scans.type(COMMANDS, "com.acme.ListCommand");
        DeclaredContribution own = Scans.field(COMMANDS, CMDS, "ANY", COMMAND);
        Declarations scan = new Declarations(List.of(ctor), List.of(), List.of(commands),
                List.of(own, method, type, field));

        Validation validation = Validation.of(types, scan);

        assertEquals(List.of(), validation.problems());
        assertEquals(new Declarations(List.of(ctor), List.of(), List.of(commands),
                List.of(own, field, method, type)), validation.usable());
    }

    @Test
    public void contributionProblemsComeOutBySectionThenClassThenMember() {
        DeclaredContribution a = Scans.field("com.acme.Zeta", "com.acme.A", "X", COMMAND);
        DeclaredContribution b = Scans.field(COMMANDS, "com.acme.B", "Y", "java.lang.String");
        DeclaredContribution c = Scans.type(COMMANDS, "com.acme.B");
        DeclaredContribution d = Scans.field(COMMANDS, "com.acme.A", "Z", "java.lang.Long");
        List<String> expected = List.of(
                "@Contribute field 'com.acme.A.Z' is a 'java.lang.Long', but section 'com.acme.Commands' holds"
                        + " 'com.acme.Command' (in lib/acme-1.0.jar). It is not added to the section. Contribute a"
                        + " 'com.acme.Command', or contribute to a section of 'java.lang.Long'.",
                "@Contribute class 'com.acme.B' is a 'com.acme.B', but section 'com.acme.Commands' holds"
                        + " 'com.acme.Command' (in lib/acme-1.0.jar). It is not added to the section. Contribute a"
                        + " 'com.acme.Command', or contribute to a section of 'com.acme.B'.",
                "@Contribute field 'com.acme.B.Y' is a 'java.lang.String', but section 'com.acme.Commands' holds"
                        + " 'com.acme.Command' (in lib/acme-1.0.jar). It is not added to the section. Contribute a"
                        + " 'com.acme.Command', or contribute to a section of 'java.lang.String'.",
                "@Contribute field 'com.acme.A.X' names section 'com.acme.Zeta', but that class declares no valid"
                        + " @Section field (in lib/acme-1.0.jar). The item is not registered anywhere. Declare"
                        + " '@Section static final ImmutableSection<...>' in 'com.acme.Zeta', or name the right class"
                        + " in @Contribute.");

        assertEquals(expected, messages(validateAgainstCommands(a, b, c, d)));
        assertEquals(expected, messages(validateAgainstCommands(d, c, b, a)));
        assertEquals(expected, messages(validateAgainstCommands(b, d, a, c)));
    }

    @Test
    public void problemsComeOutCtorsDtorsSectionsContributions() {
        Declarations scan = new Declarations(List.of(Scans.shaped("z.Z", "init", 0, "()V")),
                List.of(Scans.shaped("y.Y", "close", 0, "()V")),
                List.of(Scans.section("x.X", "S", "java.util.List", COMMAND)),
                List.of(Scans.field("a.A", "a.B", "C", COMMAND)));

        List<Problem> problems = Validation.of(types, scan).problems();

        List<String> prefixes = List.of("@Ctor method 'z.Z.init'",
                "@Dtor method 'y.Y.close'", "@Section field 'x.X.S'", "@Contribute field 'a.B.C'");
        assertEquals(prefixes.size(), problems.size());
        for (int i = 0; i < prefixes.size(); i++) {
            assertTrue(problems.get(i).text().startsWith(prefixes.get(i)), problems.get(i).text());
        }
    }

    private Validation validateAgainstCommands(DeclaredContribution... items) {
        Declarations scan = Scans.scan(List.of(), List.of(Scans.immutable(COMMANDS, COMMAND)), List.of(items));
        return Validation.of(types, scan);
    }

    private static DeclaredContribution shape(MemberKind kind, String member, int modifiers, String type,
            boolean hasParameters) {
        return new DeclaredContribution(COMMANDS, CMDS, member, kind, modifiers, type, hasParameters, null, JAR);
    }

    private static List<String> messages(Validation validation) {
        return validation.problems().stream().map(Problem::text).toList();
    }
}
