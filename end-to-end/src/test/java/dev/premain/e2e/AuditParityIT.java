package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.ChildJvm;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit reports exactly the problems the agent reports, because both call the one analysis:
 * each broken class path runs through both, and their problem lists are compared line for line.
 * What needs code to run (a map section's key function) is named by the audit as a launch-only
 * check instead of being silently passed.
 */
class AuditParityIT {

    private static List<String> agentProblems(ChildJvm.Result result) {
        List<String> problems = new ArrayList<>();
        for (String line : result.err().split("\n")) {
            if (line.startsWith("premain: error: ") || line.startsWith("premain: warning: ")) {
                problems.add(line.substring("premain: ".length()));
            }
        }
        return problems;
    }

    private static List<String> auditProblems(ChildJvm.Result result) {
        List<String> problems = new ArrayList<>();
        for (String line : result.out().split("\n")) {
            if (line.startsWith("  error: ") || line.startsWith("  warning: ")) {
                problems.add(line.substring(2));
            }
        }
        return problems;
    }

    private static ChildJvm.Result audit(BrokenApp app, String options) throws Exception {
        ChildJvm audit = new ChildJvm().args("-jar", Jars.AGENT.toString(), "audit", "--class-path",
                app.jar().toString());
        return (options == null ? audit : audit.args("--options", options)).run();
    }

    /** Runs both; the agent must stop with 65 and the audit must report the same problems with 65. */
    private static void assertSameProblems(BrokenApp app, String options, int problems) throws Exception {
        ChildJvm.Result launched = app.run(options);
        ChildJvm.Result audited = audit(app, options);

        assertEquals(65, launched.status(), launched.err());
        assertEquals(65, audited.status(), audited.out() + audited.err());
        assertEquals(problems, agentProblems(launched).size(), launched.err());
        assertEquals(agentProblems(launched), auditProblems(audited));
        assertFalse(launched.out().contains("main ran"));
    }

    @Test
    void duplicateSetMember() throws Exception {
        assertSameProblems(new BrokenApp("parity-set")
                .source("bad.Names", "package bad; import dev.premain.*; public final class Names {"
                        + " @Section static final SetSection<String> ALL = SetSection.of(String.class); }")
                .source("bad.One", "package bad; import dev.premain.*; public final class One {"
                        + " @Contribute(Names.class) static final String NAME = \"same\"; }")
                .source("bad.Two", "package bad; import dev.premain.*; public final class Two {"
                        + " @Contribute(Names.class) static final String NAME = \"same\"; }"), null, 1);
    }

    @Test
    void dependencyCycle() throws Exception {
        assertSameProblems(new BrokenApp("parity-cycle")
                .source("bad.A", "package bad; public class A { @dev.premain.Ctor(after = B.class) static void i() {} }")
                .source("bad.B", "package bad; public class B { @dev.premain.Ctor(after = A.class) static void i() {} }"),
                null, 1);
    }

    @Test
    void wrongTypeAndWrongShape() throws Exception {
        assertSameProblems(new BrokenApp("parity-type")
                .source("bad.Numbers", "package bad; import dev.premain.*; public final class Numbers {"
                        + " @Section static final ImmutableSection<Integer> ALL = ImmutableSection.of(Integer.class); }")
                .source("bad.Items", "package bad; import dev.premain.*; public final class Items {"
                        + " @Contribute(Numbers.class) static final String WORD = \"x\";"
                        + " @Ctor void notStatic() {} }"), null, 2);
    }

    @Test
    void untrustedContributor() throws Exception {
        assertSameProblems(new BrokenApp("parity-trust")
                .source("bad.Hook", "package bad; public class Hook { @dev.premain.Ctor static void init() {} }"),
                "trust=com.acme", 1);
    }

    @Test
    void duplicateMapKeyIsALaunchOnlyCheckThatTheAuditNames() throws Exception {
        BrokenApp app = new BrokenApp("parity-map")
                .source("bad.Commands", "package bad; import dev.premain.*; public final class Commands {"
                        + " @Section static final MapSection<String, String> ALL = MapSection.of(String.class,"
                        + " s -> s.split(\":\")[0]); }")
                .source("bad.One", "package bad; import dev.premain.*; public final class One {"
                        + " @Contribute(Commands.class) static final String LIST = \"list:one\"; }")
                .source("bad.Two", "package bad; import dev.premain.*; public final class Two {"
                        + " @Contribute(Commands.class) static final String LIST = \"list:two\"; }");
        ChildJvm.Result launched = app.run(null);
        ChildJvm.Result audited = audit(app, null);

        assertEquals(65, launched.status(), launched.err());
        assertEquals(1, agentProblems(launched).size(), launched.err());
        assertEquals(0, audited.status(), audited.out());
        assertEquals(List.of(), auditProblems(audited));
        assertTrue(audited.out().contains("\nChecked only at launch (they run code, which the audit never does):\n"
                + "  Section 'bad.Commands': its key function computes the keys, so duplicate keys among its 2 items"
                + " are found only at launch.\n"), audited.out());
    }
}
