package dev.premain.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extension in real test JVMs: the JUnit Console Launcher, started in a child JVM on the packaged
 * jars, runs two fixture test classes that both check that the fixture's ctor ran exactly once and its
 * section is sealed; the ctor prints whether the agent or the extension ran it.
 */
class PremainExtensionIT {
    private static final String BOTH_PASSED = String.join("\n",
            "JUnit Jupiter > FirstTest > ctorRanOnceAndSectionsAreSealed() :: STARTED",
            "JUnit Jupiter > FirstTest > ctorRanOnceAndSectionsAreSealed() :: SUCCESSFUL",
            "JUnit Jupiter > SecondTest > ctorRanOnceAndSectionsAreSealed() :: STARTED",
            "JUnit Jupiter > SecondTest > ctorRanOnceAndSectionsAreSealed() :: SUCCESSFUL",
            summary(0, 2, 0));

    private static Path extendWith;
    private static Path autodetected;
    private static Path failing;
    private static Path perClass;

    @BeforeAll
    static void buildFixtures() throws Exception {
        extendWith = Fixtures.app("withext", true).writeTo(Jars.WORK.resolve("withext.jar"));
        autodetected = Fixtures.app("auto", false).writeTo(Jars.WORK.resolve("auto.jar"));
        failing = Fixtures.failingCtor("boom").writeTo(Jars.WORK.resolve("boom.jar"));
        perClass = Fixtures.perClassApp("perclass").writeTo(Jars.WORK.resolve("perclass.jar"));
    }

    @Test
    void extendWithBootstrapsInProcessOnce() throws Exception {
        ChildJvm.Result result = launcher("withext", extendWith, Jars.AGENT).run();

        assertEquals(new ChildJvm.Result(0, "ctor ran on main, called by PremainExtension\n" + BOTH_PASSED, ""),
                normalized(result), result::toString);
    }

    @Test
    void perClassTestInstancesAreConstructedAfterTheBootstrap() throws Exception {
        ChildJvm.Result result = launcher("perclass", perClass, Jars.AGENT).run();

        assertEquals(new ChildJvm.Result(0, "ctor ran on main, called by PremainExtension\n" + BOTH_PASSED, ""),
                normalized(result), result::toString);
    }

    @Test
    void autodetectionBootstrapsInProcessOnce() throws Exception {
        ChildJvm.Result result = new ChildJvm().args("-Djunit.jupiter.extensions.autodetection.enabled=true")
                .classPath(classPath(autodetected, Jars.AGENT)).args(launcherArgs("auto")).run();

        assertEquals(new ChildJvm.Result(0, "ctor ran on main, called by PremainExtension\n" + BOTH_PASSED, ""),
                normalized(result), result::toString);
    }

    @Test
    void autodetectionIsOffByDefault() throws Exception {
        ChildJvm.Result result = launcher("auto", autodetected, Jars.AGENT).run();

        assertEquals(new ChildJvm.Result(1, String.join("\n",
                "JUnit Jupiter > FirstTest > ctorRanOnceAndSectionsAreSealed() :: STARTED",
                "JUnit Jupiter > FirstTest > ctorRanOnceAndSectionsAreSealed() :: FAILED",
                "\torg.opentest4j.AssertionFailedError: ctor runs ==> expected: <1> but was: <0>",
                "JUnit Jupiter > SecondTest > ctorRanOnceAndSectionsAreSealed() :: STARTED",
                "JUnit Jupiter > SecondTest > ctorRanOnceAndSectionsAreSealed() :: FAILED",
                "\torg.opentest4j.AssertionFailedError: ctor runs ==> expected: <1> but was: <0>",
                summary(0, 2, 2)), ""), withoutStackFrames(result), result::toString);
    }

    @Test
    void withTheAgentAttachedTheExtensionDoesNothing() throws Exception {
        ChildJvm.Result result = new ChildJvm().agent(null).classPath(classPath(extendWith, Jars.AGENT))
                .args(launcherArgs("withext")).run();

        assertEquals(new ChildJvm.Result(0, "ctor ran on main, before main\n" + BOTH_PASSED, ""),
                normalized(result), result::toString);
    }

    @Test
    void parallelTestClassesWaitForTheOneBootstrap() throws Exception {
        ChildJvm.Result result = launcher("withext", extendWith, Jars.AGENT)
                .args("--config=junit.jupiter.execution.parallel.enabled=true",
                        "--config=junit.jupiter.execution.parallel.mode.classes.default=concurrent",
                        "--config=junit.jupiter.execution.parallel.config.strategy=fixed",
                        "--config=junit.jupiter.execution.parallel.config.fixed.parallelism=2")
                .run();

        // Why not the whole feed: the lines of concurrent test classes interleave in any order.
        String out = normalized(result).out();
        assertEquals(0, result.status(), result::toString);
        assertEquals(List.of("ctor ran on ForkJoinPool-1-worker-N, called by PremainExtension"),
                out.lines().filter(line -> line.startsWith("ctor ")).toList(), result::toString);
        assertEquals(summary(0, 2, 0), out.substring(out.indexOf("\nTest run finished")), result::toString);
    }

    @Test
    void aFailedBootstrapFailsEveryTestClassAfterOneAttempt() throws Exception {
        ChildJvm.Result result = launcher("boom", failing, Jars.AGENT).run();

        assertEquals(1, result.status(), result::toString);
        String report = "Premain.bootstrap() found errors (status 70), so this JVM is not bootstrapped; the report,"
                + " also on stderr:\n"
                + "\terror: @Ctor method 'boom.Boom.init' threw (in $WORK/boom.jar): java.lang.IllegalStateException:"
                + " database is down\n"
                + "\t        at boom.Boom.init(Boom.java:1)\n"
                + "\t    The remaining ctors were not run and Premain.bootstrap() throws IllegalStateException. Fix the"
                + " ctor, or make it handle the failure itself.\n"
                + "\t1 error; Premain.bootstrap() throws IllegalStateException, and throws it again on every later"
                + " call: ctors before the failing one ran and no section was sealed. Fix the errors above, or set"
                + " on-error=warn to skip what failed.";
        assertEquals(String.join("\n",
                "ctor attempted",
                "JUnit Jupiter > FirstTest :: FAILED",
                "\tjava.lang.IllegalStateException: Premain could not bootstrap this test JVM, so the tests in"
                        + " 'boom.FirstTest' will not run: " + report,
                "\tCaused by: java.lang.IllegalStateException: " + report,
                "JUnit Jupiter > SecondTest :: FAILED",
                "\tjava.lang.IllegalStateException: Premain could not bootstrap this test JVM (it tried once, before"
                        + " 'boom.FirstTest'), so the tests in 'boom.SecondTest' will not run: " + report,
                summary(2, 0, 0)), withoutStackFrames(result).out(), result::toString);
        assertEquals(List.of("premain: error: @Ctor method 'boom.Boom.init' threw (in $WORK/boom.jar):"
                + " java.lang.IllegalStateException: database is down", "        at boom.Boom.init(Boom.java:1)"),
                result.err().lines().limit(2).toList(), result::toString);
        assertEquals(1, result.err().lines().filter(line -> line.startsWith("premain: error: ")).count(),
                result::toString);
    }

    @Test
    void withoutTheAgentJarEveryTestClassSaysWhatIsMissing() throws Exception {
        ChildJvm.Result result = launcher("withext", extendWith).run();

        String missing = "Premain.bootstrap() needs the Premain runtime, but"
                + " dev.premain.agent.internal.RuntimeDoor is not on the class path. Add premain-agent.jar to"
                + " the class path.";
        String hint = " In a Maven or Gradle build, add 'dev.premain:premain-agent' as a test dependency.";
        assertEquals(new ChildJvm.Result(1, String.join("\n",
                "JUnit Jupiter > FirstTest :: FAILED",
                "\tjava.lang.IllegalStateException: Premain could not bootstrap this test JVM, so the tests in"
                        + " 'withext.FirstTest' will not run: " + missing + hint,
                "\tCaused by: java.lang.IllegalStateException: " + missing,
                "\tCaused by: java.lang.ClassNotFoundException: dev.premain.agent.internal.RuntimeDoor",
                "JUnit Jupiter > SecondTest :: FAILED",
                "\tjava.lang.IllegalStateException: Premain could not bootstrap this test JVM (it tried once, before"
                        + " 'withext.FirstTest'), so the tests in 'withext.SecondTest' will not run: " + missing + hint,
                summary(2, 0, 0)), ""), withoutStackFrames(result), result::toString);
    }

    /** A console launcher on the fixture, with the test class path a Maven build would have. */
    private static ChildJvm launcher(String pkg, Path fixture, Path... runtime) {
        return new ChildJvm().classPath(classPath(fixture, runtime)).args(launcherArgs(pkg));
    }

    private static Path[] classPath(Path fixture, Path... runtime) {
        List<Path> entries = new ArrayList<>(List.of(Jars.CONSOLE_LAUNCHER, fixture, Jars.EXTENSION, Jars.API));
        entries.addAll(List.of(runtime));
        return entries.toArray(Path[]::new);
    }

    private static String[] launcherArgs(String pkg) {
        return new String[] {"org.junit.platform.console.ConsoleLauncher", "execute", "--disable-banner",
            "--disable-ansi-colors", "--details=testfeed", "--select-class=" + pkg + ".FirstTest",
            "--select-class=" + pkg + ".SecondTest",
            "--config=junit.jupiter.testclass.order.default=org.junit.jupiter.api.ClassOrderer$ClassName"};
    }

    /** The launcher's summary, after an empty line, for two test classes of one test each. */
    private static String summary(int classesFailed, int testsStarted, int testsFailed) {
        return String.join("\n", "", "Test run finished after N ms",
                "[         5 containers found      ]",
                "[         0 containers skipped    ]",
                "[         5 containers started    ]",
                "[         0 containers aborted    ]",
                "[         " + (5 - classesFailed) + " containers successful ]",
                "[         " + classesFailed + " containers failed     ]",
                "[         2 tests found           ]",
                "[         0 tests skipped         ]",
                "[         " + testsStarted + " tests started         ]",
                "[         0 tests aborted         ]",
                "[         " + (testsStarted - testsFailed) + " tests successful      ]",
                "[         " + testsFailed + " tests failed          ]",
                "", "");
    }

    /** The result with the launcher's run time and the parallel worker numbers masked. */
    private static ChildJvm.Result normalized(ChildJvm.Result result) {
        return new ChildJvm.Result(result.status(), result.out()
                .replaceAll("finished after \\d+ ms", "finished after N ms")
                .replaceAll("ForkJoinPool-(\\d+)-worker-\\d+", "ForkJoinPool-$1-worker-N"), result.err());
    }

    /** The normalized result without the stack frames of failures, whose line numbers are not the point. */
    private static ChildJvm.Result withoutStackFrames(ChildJvm.Result result) {
        String out = normalized(result).out().lines()
                .filter(line -> !line.matches("\t+(at |\\.\\.\\. \\d+ more).*"))
                .collect(Collectors.joining("\n", "", "\n"));
        return new ChildJvm.Result(result.status(), out, result.err());
    }
}
