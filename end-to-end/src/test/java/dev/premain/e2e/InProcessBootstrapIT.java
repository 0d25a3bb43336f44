package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code Premain.bootstrap()} from main: same result with no agent, and idempotent with one. */
class InProcessBootstrapIT {
    private static Path jar;

    @BeforeAll
    static void buildFixture() throws Exception {
        jar = new FixtureJar()
                .source("inproc.Names", "package inproc; import dev.premain.*; public final class Names {"
                        + " @Section public static final MutableSection<String> ALL = MutableSection.of(String.class);"
                        + " @Contribute(Names.class) static final String B = \"b\";"
                        + " @Contribute(Names.class) static final String A = \"a\";"
                        + " @Ctor static void sort() { ALL.sort(null); System.out.println(\"ctor ran on \""
                        + "  + Thread.currentThread().getName()); } }")
                .source("inproc.Main", "package inproc; public final class Main { public static void main(String[] a) {"
                        + " System.out.println(\"main starts, bootstrapped=\" + dev.premain.Premain.isBootstrapped());"
                        + " dev.premain.Premain.bootstrap(); dev.premain.Premain.bootstrap();"
                        + " System.out.println(\"names \" + Names.ALL.asList() + \" sealed=\" + Names.ALL.isSealed()); } }")
                .writeTo(Jars.WORK.resolve("inproc/inproc.jar"));
    }

    @Test
    void aFailedBootstrapIsNotBootstrappedAndThrowsTheSameReportAgain() throws Exception {
        Path failing = new FixtureJar()
                .source("fails.Boom", "package fails; public final class Boom {"
                        + " @dev.premain.Ctor static void init() { System.out.println(\"ctor ran\");"
                        + "  throw new IllegalStateException(\"database is down\"); } }")
                .source("fails.Main", "package fails; import dev.premain.Premain; public final class Main {"
                        + " static String attempt() { try { Premain.bootstrap(); return \"no exception\"; }"
                        + "  catch (IllegalStateException e) { return e.getMessage(); } }"
                        + " public static void main(String[] a) {"
                        + "  String first = attempt(); String second = attempt();"
                        + "  System.out.println(\"bootstrapped=\" + Premain.isBootstrapped());"
                        + "  System.out.println(\"same report=\" + first.equals(second));"
                        + "  System.out.println(first); } }")
                .writeTo(Jars.WORK.resolve("inproc/fails.jar"));

        ChildJvm.Result result = new ChildJvm().classPath(failing, Jars.API, Jars.AGENT).args("fails.Main").run();

        String report = String.join("\n",
                "error: @Ctor method 'fails.Boom.init' threw (in $WORK/inproc/fails.jar): java.lang.IllegalStateException:"
                        + " database is down",
                "        at fails.Boom.init(Boom.java:1)",
                "    The remaining ctors were not run and Premain.bootstrap() throws IllegalStateException. Fix the"
                        + " ctor, or make it handle the failure itself.",
                "1 error; Premain.bootstrap() throws IllegalStateException, and throws it again on every later call:"
                        + " ctors before the failing one ran and no section was sealed. Fix the errors above, or set"
                        + " on-error=warn to skip what failed.");
        assertEquals(new ChildJvm.Result(0, String.join("\n", "ctor ran", "bootstrapped=false", "same report=true",
                "Premain.bootstrap() found errors (status 70), so this JVM is not bootstrapped; the report, also on"
                        + " stderr:", report, ""),
                ("premain: " + report).replace("\n1 error", "\npremain: 1 error") + "\n"), result, result::toString);
    }

    @Test
    void bootstrapsFromMainWithoutAnAgent() throws Exception {
        ChildJvm.Result result = new ChildJvm().classPath(jar, Jars.API, Jars.AGENT).args("inproc.Main").run();
        assertEquals(new ChildJvm.Result(0, String.join("\n", "main starts, bootstrapped=false", "ctor ran on main",
                "names [a, b] sealed=true", ""), ""), result, result::toString);
    }

    @Test
    void agentPlusExplicitCallRunsEachCtorOnce() throws Exception {
        ChildJvm.Result result = new ChildJvm().agent(null).classPath(jar).args("inproc.Main").run();
        assertEquals(new ChildJvm.Result(0, String.join("\n", "ctor ran on main", "main starts, bootstrapped=true",
                "names [a, b] sealed=true", ""), ""), result, result::toString);
    }

    @Test
    void explicitCallWithoutTheRuntimeSaysWhatIsMissing() throws Exception {
        ChildJvm.Result result = new ChildJvm().classPath(jar, Jars.API).args("inproc.Main").run();
        assertEquals(1, result.status(), result::toString);
        assertEquals("Exception in thread \"main\" java.lang.IllegalStateException: Premain.bootstrap() needs the"
                + " Premain runtime, but dev.premain.agent.internal.RuntimeDoor is not on the class path."
                + " Add premain-agent.jar to the class path.", result.err().lines().findFirst().orElse(""));
    }
}
