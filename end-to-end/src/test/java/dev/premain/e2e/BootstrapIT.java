package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole life cycle through the real agent jar: scan, link, ctors in order, seal, main, dtors. */
class BootstrapIT {
    private static final String EXPECTED = String.join("\n",
            "ctor plugin.Zeta.early -5",
            "ctor more.Alpha.a 0",
            "ctor more.Alpha.b 0",
            "ctor plugin.Beta.init 0 on thread main",
            "ctor plugin.Sorter.sort 5 sees [apple, banana, cherry]",
            "ctor plugin.Zeta.late 10",
            "main on thread main",
            "greeter: hello from a field",
            "greeter: hello from a factory",
            "greeter: hello from a class",
            "names: [apple, banana, cherry] sealed=true",
            "unused: size 0",
            "mutation refused: Section 'lib.Names' is sealed: it cannot change after main starts."
                    + " Mutate it from a @Ctor method instead.",
            "dtor plugin.Bye.second",
            "dtor plugin.Bye.first",
            "");

    private static LibraryFixtures jars;

    @BeforeAll
    static void buildFixtures() throws Exception {
        jars = LibraryFixtures.build("bootstrap");
    }

    @Test
    void runsCtorsInPriorityOrderFillsAndSealsSectionsThenMainThenDtors() throws Exception {
        ChildJvm.Result result = new ChildJvm().agent(null)
                .classPath(jars.app, jars.sections, jars.plugin, jars.more).args("app.Main").run();
        assertEquals(new ChildJvm.Result(0, EXPECTED, ""), result, result::toString);
    }

    @Test
    void orderDoesNotDependOnClassPathOrder() throws Exception {
        ChildJvm.Result result = new ChildJvm().agent(null)
                .classPath(jars.more, jars.plugin, jars.sections, jars.app).args("app.Main").run();
        assertEquals(new ChildJvm.Result(0, EXPECTED, ""), result, result::toString);
    }

    @Test
    void agentTwiceBootstrapsOnce() throws Exception {
        ChildJvm.Result result = new ChildJvm().agent(null).agent(null)
                .classPath(jars.app, jars.sections, jars.plugin, jars.more).args("app.Main").run();
        assertEquals(new ChildJvm.Result(0, EXPECTED, ""), result, result::toString);
    }

    @Test
    void withoutTheAgentSectionsSayHowToBootstrap() throws Exception {
        ChildJvm.Result result = new ChildJvm()
                .classPath(jars.app, jars.sections, jars.plugin, jars.more, Jars.API).args("app.Main").run();
        assertEquals(1, result.status(), result::toString);
        assertEquals("main on thread main\n", result.out());
        assertEquals("Exception in thread \"main\" java.lang.IllegalStateException: Section of lib.Greeter is not"
                + " linked yet: Premain has not bootstrapped this JVM. Start the JVM with"
                + " -javaagent:premain-agent.jar, or call Premain.bootstrap() first in main.",
                result.err().lines().findFirst().orElse(""));
    }
}
