package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The demo's output exactly as SPEC §8, with plain {@code java -jar} and with {@code -javaagent}. */
class DemoIT {
    private static final String USAGE = String.join("\n",
            "Usage: bootstrap-demo <subcommand> [options]",
            "",
            "Subcommands:",
            "  ctors: Show the order the ctors ran in",
            "  help: Show help",
            "  intern: Show the sorted interning pool",
            "  add: Add a new item",
            "  list: List all items",
            "");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (boolean agentFlag : new boolean[] {false, true}) {
            cases.add(Arguments.of(agentFlag, "", USAGE));
            cases.add(Arguments.of(agentFlag, "help", USAGE));
            cases.add(Arguments.of(agentFlag, "list", "Listing all items\n"));
            cases.add(Arguments.of(agentFlag, "add", "Adding a new item\n"));
            cases.add(Arguments.of(agentFlag, "intern", String.join("\n", "[0]: !", "[1]: Rust", "[2]: from",
                    "[3]: hello", "[4]: world", "hello, world!", "hello, world!", "")));
            cases.add(Arguments.of(agentFlag, "ctors", String.join("\n",
                    "1. dev.premain.demo.ctors.Early.init (priority -100)",
                    "2. dev.premain.demo.intern.InternPool.sort (priority -10)",
                    "3. dev.premain.demo.ctors.Defaults.apply (priority 0)",
                    "4. dev.premain.demo.ctors.Defaults.check (priority 0)",
                    "5. dev.premain.demo.ctors.Plugins.load (priority 0)",
                    "6. dev.premain.demo.ctors.Metrics.start (priority 50)",
                    "7. dev.premain.demo.ctors.Audit.report (priority 50, after Metrics)",
                    "8. dev.premain.demo.ctors.Late.finish (priority 100)",
                    "")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "agent flag {0}: {1}")
    @MethodSource("cases")
    void printsExactly(boolean agentFlag, String subcommand, String expected) throws Exception {
        ChildJvm jvm = new ChildJvm();
        if (agentFlag) {
            jvm.agent(null);
        }
        jvm.args("-jar", Jars.DEMO.toString());
        if (!subcommand.isEmpty()) {
            jvm.args(subcommand);
        }
        ChildJvm.Result result = jvm.run();
        assertEquals(new ChildJvm.Result(0, expected, ""), result, result::toString);
    }
}
