package dev.premain.agent.internal.analysis;

import static dev.premain.agent.internal.Scans.STATIC;
import static dev.premain.agent.internal.Scans.section;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.agent.internal.Scans;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.problem.Problem;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules for {@code @Section} fields: static final, a section type, a class element type, once per class. */
public class ScanValidatorSectionTest {
    private static final String COMMANDS = "com.acme.Commands";
    private static final String COMMAND = "com.acme.Command";

    @ParameterizedTest
    @ValueSource(ints = {0, STATIC, Modifier.FINAL, Modifier.PUBLIC | Modifier.FINAL})
    public void fieldMustBeStaticFinal(int modifiers) {
        DeclaredSection field = new DeclaredSection(COMMANDS, "ALL", modifiers, "dev.premain.MapSection", COMMAND,
                Scans.JAR);

        Validation validation = validate(Scans.sections(field));

        assertEquals(List.of("@Section field 'com.acme.Commands.ALL' must be static final (in lib/acme-1.0.jar)."
                + " The section is not linked. Declare it as 'static final MapSection<...> ALL'."),
                messages(validation));
        assertEquals(List.of(), validation.usable().sections());
    }

    @Test
    public void fieldMustHaveASectionType() {
        Validation validation = validate(Scans.sections(section(COMMANDS, "ALL", "java.util.List", COMMAND)));

        assertEquals(List.of("@Section field 'com.acme.Commands.ALL' has type 'java.util.List', which is not a"
                + " section type (in lib/acme-1.0.jar). The section is not linked. Use ImmutableSection,"
                + " MutableSection, SortedSection, MapSection or SetSection."), messages(validation));
        assertEquals(List.of(), validation.usable().sections());
    }

    @Test
    public void rawWildcardOrTypeVariableElementTypeIsRejected() {
        Validation validation = validate(Scans.sections(
                section(COMMANDS, "ALL", "dev.premain.ImmutableSection", null)));

        assertEquals(List.of("@Section field 'com.acme.Commands.ALL' must name its element type as a class, as in"
                + " 'ImmutableSection<Command>' (in lib/acme-1.0.jar). The section is not linked. Replace the raw"
                + " type, wildcard or type variable with a class."), messages(validation));
        assertEquals(List.of(), validation.usable().sections());
    }

    @Test
    public void staticFinalIsCheckedBeforeTheType() {
        DeclaredSection field = new DeclaredSection(COMMANDS, "ALL", STATIC, "java.util.List", null, Scans.JAR);

        assertEquals(List.of("@Section field 'com.acme.Commands.ALL' must be static final (in lib/acme-1.0.jar)."
                + " The section is not linked. Declare it as 'static final List<...> ALL'."),
                messages(validate(Scans.sections(field))));
    }

    @Test
    public void sectionDeclaredTwiceIsReportedOnceAndNeitherFieldIsUsable() {
        DeclaredSection all = section(COMMANDS, "ALL", "dev.premain.ImmutableSection", COMMAND);
        DeclaredSection more = section(COMMANDS, "MORE", "dev.premain.SetSection", COMMAND);
        String expected = "Section 'com.acme.Commands' is declared twice, by fields 'ALL' and 'MORE'"
                + " (in lib/acme-1.0.jar). Contributions name a section by its class, so they could not tell the"
                + " two apart; neither is linked. Move one field into a class of its own.";

        assertEquals(List.of(expected), messages(validate(Scans.sections(all, more))));
        assertEquals(List.of(expected), messages(validate(Scans.sections(more, all))));
        assertEquals(List.of(), validate(Scans.sections(all, more)).usable().sections());
    }

    @Test
    public void sectionDeclaredThreeTimesIsReportedOnceNamingEveryField() {
        DeclaredSection c = section(COMMANDS, "C", "dev.premain.ImmutableSection", COMMAND);
        DeclaredSection b = section(COMMANDS, "B", "dev.premain.ImmutableSection", COMMAND);
        DeclaredSection a = section(COMMANDS, "A", "dev.premain.ImmutableSection", COMMAND);

        assertEquals(List.of("Section 'com.acme.Commands' is declared 3 times, by fields 'A', 'B' and 'C'"
                + " (in lib/acme-1.0.jar). Contributions name a section by its class, so they could not tell them"
                + " apart; none is linked. Move all but one field into classes of their own."),
                messages(validate(Scans.sections(c, a, b))));
    }

    @Test
    public void contributionToASectionDeclaredTwiceIsNotLinkedEither() {
        Declarations scan = Scans.scan(List.of(),
                List.of(Scans.immutable(COMMANDS, COMMAND), section(COMMANDS, "MORE", "dev.premain.SetSection",
                        COMMAND)),
                List.of(Scans.type(COMMANDS, "com.acme.Help")));

        List<String> messages = messages(validate(scan));

        assertEquals(2, messages.size());
        assertEquals("@Contribute class 'com.acme.Help' names section 'com.acme.Commands', but that class declares no"
                + " valid @Section field (in lib/acme-1.0.jar). The item is not registered anywhere. Declare"
                + " '@Section static final ImmutableSection<...>' in 'com.acme.Commands', or name the right class in"
                + " @Contribute.", messages.get(1));
    }

    @Test
    public void everySectionTypeIsAccepted() {
        List<DeclaredSection> fields = List.of(
                section("a.Immutable", "S", "dev.premain.ImmutableSection", COMMAND),
                section("a.Map", "S", "dev.premain.MapSection", COMMAND),
                section("a.Mutable", "S", "dev.premain.MutableSection", COMMAND),
                section("a.Set", "S", "dev.premain.SetSection", COMMAND),
                section("a.Sorted", "S", "dev.premain.SortedSection", COMMAND));

        Validation validation = validate(Scans.scan(List.of(), fields, List.of()));

        assertEquals(List.of(), validation.problems());
        assertEquals(fields, validation.usable().sections());
    }

    @Test
    public void sectionProblemsComeOutByHolderThenField() {
        DeclaredSection zNotFinal = new DeclaredSection("z.Z", "S", STATIC, "dev.premain.SetSection", COMMAND, "z.jar");
        DeclaredSection aRaw = section("a.A", "S", "dev.premain.SetSection", null);
        DeclaredSection mTwice1 = section("m.M", "Y", "dev.premain.SetSection", COMMAND);
        DeclaredSection mTwice2 = section("m.M", "X", "dev.premain.SetSection", COMMAND);
        List<String> expected = List.of(
                "@Section field 'a.A.S' must name its element type as a class, as in 'SetSection<Command>'"
                        + " (in lib/acme-1.0.jar). The section is not linked. Replace the raw type, wildcard or type"
                        + " variable with a class.",
                "Section 'm.M' is declared twice, by fields 'X' and 'Y' (in lib/acme-1.0.jar). Contributions name a"
                        + " section by its class, so they could not tell the two apart; neither is linked. Move one"
                        + " field into a class of its own.",
                "@Section field 'z.Z.S' must be static final (in z.jar). The section is not linked. Declare it as"
                        + " 'static final SetSection<...> S'.");

        assertEquals(expected, messages(validate(Scans.sections(zNotFinal, mTwice1, aRaw, mTwice2))));
        assertEquals(expected, messages(validate(Scans.sections(mTwice2, aRaw, zNotFinal, mTwice1))));
    }

    private static Validation validate(Declarations scan) {
        return Validation.of(new MapTypeOracle(Map.of()), scan);
    }

    private static List<String> messages(Validation validation) {
        return validation.problems().stream().map(Problem::text).toList();
    }
}
