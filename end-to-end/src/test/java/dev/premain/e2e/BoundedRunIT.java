package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Every failure is bounded in time and attributed: stuck dtors, exiting dtors, slow and interrupted ctors. */
class BoundedRunIT {
    private static final String MAIN = "package app; public final class Main {"
            + " public static void main(String[] a) { System.out.println(\"main ran\"); } }";

    private static Path app(String name, String className, String code) throws Exception {
        return new FixtureJar().source("app.Main", MAIN).source(className, code)
                .writeTo(Jars.WORK.resolve("bounded/" + name + ".jar"));
    }

    @Test
    void aHangingDtorIsLeftBehindAndTheOthersStillRun() throws Exception {
        Path jar = app("hang", "bad.Closers", "package bad; public final class Closers {"
                + " @dev.premain.Dtor static void a() { System.out.println(\"dtor a ran\"); }"
                + " @dev.premain.Dtor static void b() throws Exception { Thread.sleep(600_000); } }");
        long start = System.nanoTime();

        ChildJvm.Result result = new ChildJvm().agent("dtor-timeout=1").classPath(jar).args("app.Main").run();

        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30), "the JVM must exit");
        assertEquals(0, result.status(), result::toString);
        assertEquals("main ran\ndtor a ran\n", result.out());
        List<String> err = result.err().lines().toList();
        assertEquals("premain: error: @Dtor method 'bad.Closers.b' did not finish within 1 s at shutdown (in"
                + " $WORK/bounded/hang.jar): it is at", err.get(0), result::toString);
        assertTrue(err.contains("        at bad.Closers.b(Closers.java:1)"), result::toString);
        assertEquals("    It is left running, and the remaining dtors run now; the JVM does not wait for it. Make it"
                + " return promptly, or raise dtor-timeout=SECONDS.", err.get(err.size() - 1), result::toString);
    }

    @Test
    void aDtorThatCallsSystemExitCannotKeepTheJvmAlive() throws Exception {
        Path jar = app("exit", "bad.Closers", "package bad; public final class Closers {"
                + " @dev.premain.Dtor static void a() { System.out.println(\"dtor a ran\"); }"
                + " @dev.premain.Dtor static void b() { System.exit(3); } }");

        ChildJvm.Result result = new ChildJvm().agent("dtor-timeout=1").classPath(jar).args("app.Main").run();

        assertEquals("main ran\ndtor a ran\n", result.out(), result::toString);
        assertTrue(result.err().startsWith("premain: error: @Dtor method 'bad.Closers.b' called System.exit at"
                + " shutdown, which blocks forever (in $WORK/bounded/exit.jar): it is at\n"), result::toString);
        assertTrue(result.err().endsWith("    It is left blocked, and the remaining dtors run now. Return from the"
                + " dtor instead of exiting.\n"), result::toString);
    }

    @Test
    void aSlowCtorIsNamedWithItsStackWhileItRuns() throws Exception {
        Path jar = app("slow", "bad.Slow", "package bad; public final class Slow {"
                + " @dev.premain.Ctor static void init() throws Exception { Thread.sleep(1500); } }");

        ChildJvm.Result result = new ChildJvm().agent("ctor-timeout=0.3").classPath(jar).args("app.Main").run();

        assertEquals(0, result.status(), result::toString);
        assertEquals("main ran\n", result.out());
        List<String> err = result.err().lines().toList();
        assertEquals("premain: warning: @Ctor method 'bad.Slow.init' has run for more than 0.3 s (in"
                + " $WORK/bounded/slow.jar): it is at", err.get(0), result::toString);
        assertTrue(err.contains("        at bad.Slow.init(Slow.java:1)"), result::toString);
        assertEquals("    It is still running; main waits for it. If it is stuck, fix it; Ctrl-C or SIGTERM stops the"
                + " JVM.", err.get(err.size() - 1), result::toString);
    }

    @Test
    void sigtermDuringACtorNamesTheCtorThatWasRunningNotSystemExit() throws Exception {
        Path jar = app("stuck", "bad.Stuck", "package bad; public final class Stuck {"
                + " @dev.premain.Ctor static void init() throws Exception { System.out.println(\"ctor started\");"
                + "  Thread.sleep(600_000); } }");
        Path launcher = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(launcher.toString(), "-javaagent:" + Jars.AGENT, "-cp", jar + java.io.File.pathSeparator + Jars.API,
                "app.Main").start();
        // Why read stderr on the side: destroy() closes the streams of the process object.
        java.util.concurrent.CompletableFuture<byte[]> errBytes = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return process.getErrorStream().readAllBytes();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("ctor started", out.readLine());
            // Why kill, not destroy(): destroy() also closes this side's streams, losing stderr.
            assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor());
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the JVM must stop");
        }
        String err = new String(errBytes.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8)
                .replace(Jars.WORK.toString(), "$WORK");

        assertTrue(err.startsWith("premain: error: @Ctor method 'bad.Stuck.init' was still running when the JVM was"
                + " told to stop (a signal such as SIGTERM, or System.exit on another thread) (in"
                + " $WORK/bounded/stuck.jar): it is at\n"), err);
        assertTrue(err.contains("        at bad.Stuck.init(Stuck.java:1)\n"), err);
        assertTrue(err.endsWith("    The remaining ctors and main did not run. If it was stuck, see where below; start"
                + " with ctor-timeout=SECONDS to be told while it runs.\n"), err);
    }
}
