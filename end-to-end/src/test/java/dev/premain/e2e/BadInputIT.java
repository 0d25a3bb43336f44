package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input is reported, bounded and attributed: never a crash, an internal error or a wall of text. */
class BadInputIT {
    private static final String MAIN = "package app; public final class Main {"
            + " public static void main(String[] a) { System.out.println(\"main ran\"); } }";

    private static Path app(String name, String className, String code) throws Exception {
        return new FixtureJar().source("app.Main", MAIN).source(className, code)
                .writeTo(Jars.WORK.resolve("badinput/" + name + ".jar"));
    }

    private static ChildJvm.Result run(Path jar, String options) throws Exception {
        return new ChildJvm().agent(options).classPath(jar).args("app.Main").run();
    }

    @Test
    void aCtorExceptionWhoseMessageThrowsIsStillReportedAsTheCtorsFailure() throws Exception {
        Path jar = app("liar", "bad.Liar", "package bad; public final class Liar {"
                + " static final class Sly extends RuntimeException {"
                + "  @Override public String getMessage() { throw new IllegalStateException(\"no\"); }"
                + "  @Override public String toString() { return null; } }"
                + " @dev.premain.Ctor static void init() { throw new Sly(); } }");

        ChildJvm.Result failed = run(jar, null);
        ChildJvm.Result warned = run(jar, "on-error=warn");

        assertEquals(70, failed.status(), failed::toString);
        assertEquals("premain: error: @Ctor method 'bad.Liar.init' threw (in $WORK/badinput/liar.jar):"
                + " bad.Liar$Sly: (its message could not be read: getMessage() threw java.lang.IllegalStateException)",
                failed.err().lines().findFirst().orElse(""));
        assertEquals(0, warned.status(), warned::toString);
        assertEquals("main ran\n", warned.out());
    }

    @Test
    void aDtorExceptionWhoseMessageThrowsDoesNotStopTheOtherDtors() throws Exception {
        Path jar = app("dtors", "bad.Closers", "package bad; public final class Closers {"
                + " static final class Sly extends RuntimeException {"
                + "  @Override public String getMessage() { throw new IllegalStateException(\"no\"); } }"
                + " @dev.premain.Dtor static void first() { System.out.println(\"first dtor ran\"); }"
                + " @dev.premain.Dtor static void second() { throw new Sly(); } }");

        ChildJvm.Result result = run(jar, null);

        assertEquals(new ChildJvm.Result(0, "main ran\nfirst dtor ran\n", "premain: error: @Dtor method"
                + " 'bad.Closers.second' threw at shutdown (in $WORK/badinput/dtors.jar): bad.Closers$Sly: (its message"
                + " could not be read: getMessage() threw java.lang.IllegalStateException)\n"
                + "        at bad.Closers.second(Closers.java:1)\n"
                + "    The remaining dtors still run. Fix the dtor, or make it handle the failure itself.\n"), result,
                result::toString);
    }

    @Test
    void aStackOverflowAndAHugeMessageArePrintedBounded() throws Exception {
        Path deep = app("deep", "bad.Deep", "package bad; public final class Deep {"
                + " static int down(int n) { return down(n + 1) + 1; }"
                + " @dev.premain.Ctor static void init() { down(0); } }");
        Path huge = app("huge", "bad.Huge", "package bad; public final class Huge {"
                + " @dev.premain.Ctor static void init() { throw new IllegalStateException(\"x\".repeat(100_000)); } }");

        ChildJvm.Result overflow = run(deep, null);
        ChildJvm.Result loud = run(huge, null);

        assertEquals(70, overflow.status(), overflow::toString);
        List<String> lines = overflow.err().lines().toList();
        assertEquals("premain: error: @Ctor method 'bad.Deep.init' threw (in $WORK/badinput/deep.jar):"
                + " java.lang.StackOverflowError", lines.get(0));
        assertEquals("        at bad.Deep.down(Deep.java:1) (1023 times in a row)", lines.get(1).replaceAll(
                "\\(\\d+ times", "(1023 times"));
        assertTrue(lines.size() < 10, overflow::toString);
        assertEquals(70, loud.status(), loud::toString);
        assertTrue(loud.err().contains(": java.lang.IllegalStateException: " + "x".repeat(1000)
                + "... (99000 more characters)\n"), loud::toString);
        assertTrue(loud.err().length() < 3000, () -> "stderr has " + loud.err().length() + " characters");
    }

    @Test
    void meaninglessTrustValuesAreOptionErrors() throws Exception {
        Path jar = app("trusty", "ok.Fine", "package ok; public final class Fine { }");

        for (String value : List.of("*", ".", "*.jar", "sha256:abc")) {
            ChildJvm.Result result = run(jar, "trust=" + value);
            assertEquals(64, result.status(), result::toString);
            assertTrue(result.err().startsWith("premain: error: Malformed option 'trust=" + value + "' in the"
                    + " -javaagent options: '" + value + "' is not a package name (like com.acme) nor a jar file name"
                    + " (like acme-*.jar) nor a content pin (sha256: and 64 hex digits, as the audit prints them)."
                    + " Premain did not run, so the application was not started."), result::toString);
        }
    }

    @Test
    void aClassPathEntryTheJvmCannotNameIsAWarningNotAFatalError() throws Exception {
        Path jar = app("ascii", "ok.Fine", "package ok; public final class Fine { }");
        Path strange = Files.createDirectories(Jars.WORK.resolve("badinput/Grüße"));

        ChildJvm.Result result = new ChildJvm().env("LC_ALL", "C").env("LANG", "C").agent(null)
                .args("-cp", strange + java.io.File.pathSeparator + jar + java.io.File.pathSeparator + Jars.API)
                .args("app.Main").run();

        assertEquals(0, result.status(), result::toString);
        assertEquals("main ran\n", result.out());
        assertTrue(result.err().startsWith("premain: warning: Class-path entry '"), result::toString);
        assertTrue(result.err().contains("' cannot be named in this JVM's file-name encoding (ANSI_X3.4-1968)."
                + " Nothing is scanned from it, and the JVM cannot load classes from it either. Start the JVM in a"
                + " UTF-8 locale (for example LC_ALL=C.UTF-8), or rename the directory.\n"), result::toString);
        assertFalse(result.err().contains("FATAL"), result::toString);
    }

    @Test
    void aBrokenClassFileThatMentionsPremainIsAWarningNotASilence() throws Exception {
        Path jar = app("broken-source", "ok.Fine", "package ok; public final class Fine { }");
        byte[] head = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 3};
        byte[] mention = "Ldev/premain/Ctor;".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + mention.length);
        System.arraycopy(mention, 0, bytes, head.length, mention.length);
        Path broken = JarSurgery.withBytes(jar, "bad/Broken.class", bytes, Jars.WORK.resolve("badinput/broken.jar"));

        ChildJvm.Result result = run(broken, "cache=off");

        assertEquals(new ChildJvm.Result(0, "main ran\n", "premain: warning: Class 'bad.Broken' mentions Premain"
                + " annotations, but its class file cannot be parsed (it may be corrupt, or from a newer Java) (in"
                + " $WORK/badinput/broken.jar). Its ctors and contributions, if it has any, are missing. Rebuild the"
                + " jar; if the JVM cannot load the class either, nothing is lost.\n"), result, result::toString);
    }

    @Test
    void aSectionNoSectionFieldHoldsSaysSoAfterTheBootstrap() throws Exception {
        Path jar = new FixtureJar().source("app.Main", "package app; public final class Main {"
                + " static final dev.premain.ImmutableSection<String> FORGOT = dev.premain.ImmutableSection.of("
                + "String.class); public static void main(String[] a) { System.out.println(FORGOT.size()); } }")
                .writeTo(Jars.WORK.resolve("badinput/forgot.jar"));

        ChildJvm.Result result = run(jar, null);

        assertEquals(1, result.status(), result::toString);
        assertEquals("Exception in thread \"main\" java.lang.IllegalStateException: Section of java.lang.String is"
                + " not linked: Premain bootstrapped this JVM, but no valid @Section field holds this section, so"
                + " nothing was linked into it. Mark the static final field that holds it with @Section (one per"
                + " class), or read the section such a field holds.", result.err().lines().findFirst().orElse(""));
    }
}
