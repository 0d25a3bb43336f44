package dev.premain.agent.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.premain.agent.internal.analysis.Plan;
import dev.premain.agent.internal.analysis.Plans;
import dev.premain.agent.internal.analysis.SectionPlan;
import dev.premain.agent.internal.model.MemberKind;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.problem.Problem;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit as text for people and as JSON for tools, from a hand-built plan with problems. */
public class AuditRendererTest {
    private static final String NL = System.lineSeparator();
    private static final String JAR = "/app/lib/acme.jar";
    private static final String CLASSES = "/app/classes";

    private static final DeclaredSection COMMANDS = new DeclaredSection("com.acme.Commands", "ALL", 25,
            "dev.premain.ImmutableSection", "com.acme.Command", JAR);
    private static final DeclaredSection EMPTY = new DeclaredSection("com.acme.Empty$Holder", "BY_NAME", 24,
            "dev.premain.MapSection", "java.lang.String", CLASSES);
    private static final List<DeclaredContribution> ITEMS = List.of(
            new DeclaredContribution("com.acme.Commands", "com.acme.List", null, MemberKind.CLASS, Modifier.PUBLIC,
                    "com.acme.List", false, null, JAR),
            new DeclaredContribution("com.acme.Commands", "com.acme.Names", "GREETING", MemberKind.FIELD, 24,
                    "java.lang.String", false, "say \"hi\"\n\\ \u0001", JAR),
            new DeclaredContribution("com.acme.Commands", "com.acme.Names", "MARK", MemberKind.FIELD, 24, "char", false,
                    '!', JAR),
            new DeclaredContribution("com.acme.Commands", "com.acme.Ports", "PORT", MemberKind.FIELD, 24, "int", false,
                    8080, CLASSES),
            new DeclaredContribution("com.acme.Commands", "com.acme.Ports", "ON", MemberKind.FIELD, 24, "boolean",
                    false, true, CLASSES),
            new DeclaredContribution("com.acme.Commands", "com.acme.Tools", "make", MemberKind.METHOD, 8,
                    "com.acme.Command", false, null, CLASSES));
    private static final Plan PLAN = Plans.of(
            List.of(new SectionPlan(COMMANDS, ITEMS), new SectionPlan(EMPTY, List.of())),
            List.of(new DeclaredMethod("com.acme.Db", "init", "()V", 8, -10, List.of(), JAR),
                    new DeclaredMethod("com.acme.Web", "start", "()V", 8, 0, List.of("com.acme.Db", "com.acme.Cache"),
                            CLASSES)),
            List.of(new DeclaredMethod("com.acme.Db", "close", "()V", 8, 0, List.of(), JAR),
                    new DeclaredMethod("com.acme.Web", "stop", "()V", 8, 5, List.of("com.acme.Db"), CLASSES)));
    private static final List<Problem> PROBLEMS = List.of(
            Problem.error("ctor-shape", "@Ctor method 'com.acme.X.y'", "must be static", "\"C:\\lib\\x.jar\"",
                    "It will not run.", null),
            Problem.warning("class-path-entry-missing", "Class-path entry 'gone.jar'", "does not exist", null,
                    "\tTab.", null));
    private static final Plan NOTHING = Plans.of(List.of(), List.of(), List.of());

    @Test
    public void textListsCtorsInRunOrderDtorsInShutdownOrderSectionsAndProblems() {
        assertEquals(lines("Premain audit: nothing was run or initialized.",
                "",
                "Ctors, in run order:",
                "  1. com.acme.Db.init  (priority -10, in /app/lib/acme.jar)",
                "  2. com.acme.Web.start  (priority 0, after com.acme.Db, com.acme.Cache, in /app/classes)",
                "",
                "Dtors, in shutdown order:",
                "  1. com.acme.Web.stop  (priority 5, after com.acme.Db, in /app/classes)",
                "  2. com.acme.Db.close  (priority 0, in /app/lib/acme.jar)",
                "",
                "Sections:",
                "  com.acme.Commands: ImmutableSection of com.acme.Command  (in /app/lib/acme.jar)",
                "    1. com.acme.List  (class, in /app/lib/acme.jar)",
                "    2. com.acme.Names.GREETING  (field = \"say \\\"hi\\\"\\n\\\\ \\u0001\", in /app/lib/acme.jar)",
                "    3. com.acme.Names.MARK  (field = !, in /app/lib/acme.jar)",
                "    4. com.acme.Ports.PORT  (field = 8080, in /app/classes)",
                "    5. com.acme.Ports.ON  (field = true, in /app/classes)",
                "    6. com.acme.Tools.make  (method, in /app/classes)",
                "  com.acme.Empty$Holder: MapSection of java.lang.String  (in /app/classes)",
                "    (empty)",
                "",
                "Problems:",
                "  error: @Ctor method 'com.acme.X.y' must be static (in \"C:\\lib\\x.jar\"). It will not run.",
                "  warning: Class-path entry 'gone.jar' does not exist. \tTab.",
                "",
                "Checked only at launch (they run code, which the audit never does):",
                "  Every section field's value, every static initializer, every factory and constructor of a"
                        + " contribution, and every ctor run only at launch; what they throw is reported then."),
                AuditRenderer.text(new AuditReport(PLAN, PROBLEMS, LaunchChecks.of(PLAN))));
    }

    @Test
    public void anEmptyPlanWhoseContentWasRefusedDoesNotClaimThereIsNoContent() {
        String text = AuditRenderer.text(new AuditReport(NOTHING, PROBLEMS, List.of()));

        assertFalse(text.contains("No Premain content"), text);
    }

    @Test
    public void textOfAnEmptyAudit() {
        assertEquals(lines("Premain audit: nothing was run or initialized.",
                "No Premain content: no @Ctor, @Dtor or @Section was found on this class path.",
                "",
                "Ctors, in run order:",
                "  (none)",
                "",
                "Dtors, in shutdown order:",
                "  (none)",
                "",
                "Sections:",
                "  (none)",
                "",
                "Problems:",
                "  (none)"), AuditRenderer.text(new AuditReport(NOTHING, List.of(), List.of())));
    }

    @Test
    public void jsonHasTheSameContent() {
        String json = AuditRenderer.json(new AuditReport(PLAN, PROBLEMS, List.of("A check only a launch can make.")));

        assertEquals("{\"ctors\":["
                + "{\"class\":\"com.acme.Db\",\"method\":\"init\",\"priority\":-10,\"after\":[],"
                + "\"source\":\"/app/lib/acme.jar\"},"
                + "{\"class\":\"com.acme.Web\",\"method\":\"start\",\"priority\":0,"
                + "\"after\":[\"com.acme.Db\",\"com.acme.Cache\"],\"source\":\"/app/classes\"}],"
                + "\"dtors\":["
                + "{\"class\":\"com.acme.Web\",\"method\":\"stop\",\"priority\":5,\"after\":[\"com.acme.Db\"],"
                + "\"source\":\"/app/classes\"},"
                + "{\"class\":\"com.acme.Db\",\"method\":\"close\",\"priority\":0,\"after\":[],"
                + "\"source\":\"/app/lib/acme.jar\"}],"
                + "\"sections\":["
                + "{\"name\":\"com.acme.Commands\",\"kind\":\"ImmutableSection\",\"elementType\":\"com.acme.Command\","
                + "\"source\":\"/app/lib/acme.jar\",\"items\":["
                + "{\"class\":\"com.acme.List\",\"member\":null,\"kind\":\"class\",\"constant\":null,"
                + "\"source\":\"/app/lib/acme.jar\"},"
                + "{\"class\":\"com.acme.Names\",\"member\":\"GREETING\",\"kind\":\"field\","
                + "\"constant\":\"say \\\"hi\\\"\\n\\\\ \\u0001\",\"source\":\"/app/lib/acme.jar\"},"
                + "{\"class\":\"com.acme.Names\",\"member\":\"MARK\",\"kind\":\"field\",\"constant\":\"!\","
                + "\"source\":\"/app/lib/acme.jar\"},"
                + "{\"class\":\"com.acme.Ports\",\"member\":\"PORT\",\"kind\":\"field\",\"constant\":8080,"
                + "\"source\":\"/app/classes\"},"
                + "{\"class\":\"com.acme.Ports\",\"member\":\"ON\",\"kind\":\"field\",\"constant\":true,"
                + "\"source\":\"/app/classes\"},"
                + "{\"class\":\"com.acme.Tools\",\"member\":\"make\",\"kind\":\"method\",\"constant\":null,"
                + "\"source\":\"/app/classes\"}]},"
                + "{\"name\":\"com.acme.Empty$Holder\",\"kind\":\"MapSection\",\"elementType\":\"java.lang.String\","
                + "\"source\":\"/app/classes\",\"items\":[]}],"
                + "\"problems\":["
                + "{\"severity\":\"error\",\"code\":\"ctor-shape\",\"subject\":\"@Ctor method 'com.acme.X.y'\","
                + "\"rule\":\"must be static\",\"location\":\"\\\"C:\\\\lib\\\\x.jar\\\"\",\"cause\":null,"
                + "\"consequence\":\"It will not run.\",\"fix\":null,\"message\":\"@Ctor method 'com.acme.X.y' must be"
                + " static (in \\\"C:\\\\lib\\\\x.jar\\\"). It will not run.\"},"
                + "{\"severity\":\"warning\",\"code\":\"class-path-entry-missing\","
                + "\"subject\":\"Class-path entry 'gone.jar'\",\"rule\":\"does not exist\",\"location\":null,"
                + "\"cause\":null,\"consequence\":\"\\tTab.\",\"fix\":null,"
                + "\"message\":\"Class-path entry 'gone.jar' does not exist. \\tTab.\"}],"
                + "\"jars\":[],\"overlaps\":[],\"launchOnly\":[\"A check only a launch can make.\"]}"
                + NL, json);
    }

    @Test
    public void jsonParsesBackToTheReport() {
        Object parsed = JsonParser.parse(AuditRenderer.json(new AuditReport(PLAN, PROBLEMS, List.of("A check only a launch can make."))));

        Map<?, ?> report = (Map<?, ?>) parsed;
        assertEquals(List.of("ctors", "dtors", "sections", "problems", "jars", "overlaps", "launchOnly"), List.copyOf(report.keySet()));
        Map<?, ?> commands = (Map<?, ?>) ((List<?>) report.get("sections")).get(0);
        Map<?, ?> greeting = (Map<?, ?>) ((List<?>) commands.get("items")).get(1);
        assertEquals("say \"hi\"\n\\ \u0001", greeting.get("constant"));
        assertEquals(8080.0, ((Map<?, ?>) ((List<?>) commands.get("items")).get(3)).get("constant"));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) report.get("problems")).get(0);
        assertEquals("ctor-shape", first.get("code"));
        assertEquals("must be static", first.get("rule"));
        assertEquals("\"C:\\lib\\x.jar\"", first.get("location"));
        assertEquals(PROBLEMS.get(0).text(), first.get("message"));
        assertEquals(PROBLEMS.get(1).text(), ((Map<?, ?>) ((List<?>) report.get("problems")).get(1)).get("message"));
    }

    @Test
    public void jsonOfAnEmptyAudit() {
        String json = AuditRenderer.json(new AuditReport(NOTHING, List.of(), List.of()));

        assertEquals("{\"ctors\":[],\"dtors\":[],\"sections\":[],\"problems\":[],\"jars\":[],\"overlaps\":[],\"launchOnly\":[]}" + NL, json);
        assertEquals(Map.of("ctors", List.of(), "dtors", List.of(), "sections", List.of(), "problems", List.of(),
                "jars", List.of(), "overlaps", List.of(), "launchOnly", List.of()),
                JsonParser.parse(json));
    }

    private static String lines(String... lines) {
        return String.join(NL, lines) + NL;
    }
}
