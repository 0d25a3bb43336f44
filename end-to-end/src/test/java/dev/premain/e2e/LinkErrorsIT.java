package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Golden tests for misuse found while linking sections and planning: SPEC §5, the rest of the catalogue. */
class LinkErrorsIT {
    private static final String STOPPED_65 = "premain: 1 error; main was not started (exit status 65). Fix the"
            + " errors above, or start with on-error=warn to skip what failed.\n";

    private static void assertStopped(String err, ChildJvm.Result result) {
        assertEquals(new ChildJvm.Result(65, "", err + STOPPED_65), result, result::toString);
    }

    @Test
    void contributionToAnUndeclaredSection() throws Exception {
        assertStopped("premain: error: @Contribute field 'bad.Items.NAME' names section 'bad.NotASection', but that"
                + " class declares no valid @Section field (in $WORK/errors/undeclared.jar). The item is not registered"
                + " anywhere. Declare '@Section static final ImmutableSection<...>' in 'bad.NotASection', or name the"
                + " right class in @Contribute.\n", new BrokenApp("undeclared")
                .source("bad.NotASection", "package bad; public final class NotASection { }")
                .source("bad.Items", "package bad; import dev.premain.*; public final class Items {"
                        + " @Contribute(NotASection.class) static final String NAME = \"x\"; }")
                .run(null));
    }

    @Test
    void sectionDeclaredTwice() throws Exception {
        assertStopped("premain: error: Section 'bad.Twice' is declared twice, by fields 'FIRST' and 'SECOND' (in"
                + " $WORK/errors/twice.jar). Contributions name a section by its class, so they could not tell the two"
                + " apart; neither is linked. Move one field into a class of its own.\n", new BrokenApp("twice")
                .source("bad.Twice", "package bad; import dev.premain.*; public final class Twice {"
                        + " @Section static final ImmutableSection<String> FIRST = ImmutableSection.of(String.class);"
                        + " @Section static final SetSection<String> SECOND = SetSection.of(String.class); }")
                .run(null));
    }

    @Test
    void duplicateMapKeyNamesBothContributors() throws Exception {
        assertStopped("premain: error: Section 'bad.Commands' got the same key from 'bad.One.LIST' (in"
                + " $WORK/errors/dupkey.jar) and 'bad.Two.LIST' (in $WORK/errors/dupkey.jar). Only the first is kept."
                + " Give each contribution a distinct key.\n", new BrokenApp("dupkey")
                .source("bad.Commands", "package bad; import dev.premain.*; public final class Commands {"
                        + " @Section static final MapSection<String, String> ALL = MapSection.of(String.class,"
                        + " s -> s.split(\":\")[0]); }")
                .source("bad.One", "package bad; import dev.premain.*; public final class One {"
                        + " @Contribute(Commands.class) static final String LIST = \"list:one\"; }")
                .source("bad.Two", "package bad; import dev.premain.*; public final class Two {"
                        + " @Contribute(Commands.class) static final String LIST = \"list:two\"; }")
                .run(null));
    }

    @Test
    void dependencyCycleIsSpelledOut() throws Exception {
        assertStopped("premain: error: @Ctor methods depend on each other in a cycle: 'bad.A.init' runs after"
                + " 'bad.C.init' runs after 'bad.B.init' runs after 'bad.A.init' (in $WORK/errors/cycle.jar). None of"
                + " the 3 @Ctor methods in or after the cycle runs. Remove one of the 'after' dependencies.\n",
                new BrokenApp("cycle")
                .source("bad.A", "package bad; public class A { @dev.premain.Ctor(after = C.class) static void init() {} }")
                .source("bad.B", "package bad; public class B { @dev.premain.Ctor(after = A.class) static void init() {} }")
                .source("bad.C", "package bad; public class C { @dev.premain.Ctor(after = B.class) static void init() {} }")
                .run(null));
    }

    @Test
    void contributorWhoseStaticInitializerThrows() throws Exception {
        assertStopped(String.join("\n",
                "premain: error: @Contribute class 'bad.Broken' could not be created (in $WORK/errors/clinit.jar): its"
                        + " class's static initializer threw java.lang.IllegalStateException: no config",
                "        at bad.Broken.<clinit>(Broken.java:2)",
                "    It is not added to section 'bad.Things'. Fix the static initializer of 'bad.Broken'.",
                ""), new BrokenApp("clinit")
                .source("bad.Things", "package bad; import dev.premain.*; public final class Things {"
                        + " @Section static final ImmutableSection<Object> ALL = ImmutableSection.of(Object.class); }")
                .source("bad.Broken", "package bad; @dev.premain.Contribute(Things.class) public class Broken {\n"
                        + " static { if (true) throw new IllegalStateException(\"no config\"); } }")
                .run(null));
    }

    @Test
    void contributorWithAMissingDependencyClass() throws Exception {
        Path base = new FixtureJar().source("missing.Base", "package missing; public class Base { }")
                .writeTo(Jars.WORK.resolve("errors/missing-base.jar"));
        Path jar = new FixtureJar().uses(base)
                .source("app.Main", "package app; public final class Main { public static void main(String[] a) { } }")
                .source("bad.Things", "package bad; import dev.premain.*; public final class Things {"
                        + " @Section static final ImmutableSection<Object> ALL = ImmutableSection.of(Object.class); }")
                .source("bad.Plugin", "package bad; @dev.premain.Contribute(Things.class)"
                        + " public class Plugin extends missing.Base { }")
                .writeTo(Jars.WORK.resolve("errors/ncdfe.jar"));
        assertStopped(String.join("\n",
                "premain: error: @Contribute class 'bad.Plugin' could not be created (in $WORK/errors/ncdfe.jar): it"
                        + " needs class 'missing.Base', which is not on the class path",
                "    It is not added to section 'bad.Things'. Add the jar that provides it to the class path.",
                ""), new ChildJvm().agent(null).classPath(jar).args("app.Main").run());
    }

    @Test
    void corruptJarAndMissingEntryAreWarningsAndTheLaunchContinues() throws Exception {
        Path corrupt = Files.writeString(Files.createDirectories(Jars.WORK.resolve("errors")).resolve("corrupt.jar"),
                "this is not a zip file");
        Path missing = Jars.WORK.resolve("errors/does-not-exist.jar");
        ChildJvm.Result result = new ChildJvm().agent(null)
                .classPath(new BrokenApp("fine").jar(), corrupt, missing).args("app.Main").run();
        assertEquals(new ChildJvm.Result(0, "main ran\n", String.join("\n",
                "premain: warning: Class-path entry '$WORK/errors/corrupt.jar' is not a readable jar"
                        + " (java.util.zip.ZipException: zip END header not found). Nothing is scanned from it, and the"
                        + " JVM cannot load classes from it either. Rebuild or replace the jar.",
                "premain: warning: Class-path entry '$WORK/errors/does-not-exist.jar' does not exist. Nothing is"
                        + " scanned from it. Fix the class path if it should contribute.",
                "")), result, result::toString);
    }

    @Test
    void ctorThatCallsSystemExitIsNamed() throws Exception {
        ChildJvm.Result result = new BrokenApp("exit")
                .source("bad.Quitter", "package bad; public class Quitter {"
                        + " @dev.premain.Ctor static void init() { System.exit(3); } }")
                .run(null);
        assertEquals(new ChildJvm.Result(3, "", "premain: error: @Ctor method 'bad.Quitter.init' shut the JVM down"
                + " (System.exit or Runtime.exit) before main (in $WORK/errors/exit.jar). The remaining ctors and main"
                + " did not run. Throw an exception instead, so Premain can report it.\n"), result, result::toString);
    }

    @Test
    void ctorThatLeavesAThreadRunningIsWarnedAbout() throws Exception {
        ChildJvm.Result result = new BrokenApp("thread")
                .source("bad.Spawner", "package bad; public class Spawner {"
                        + " static final Object LOCK = new Object();"
                        + " @dev.premain.Ctor static void init() { Thread t = new Thread(() -> {"
                        + "  try { Thread.sleep(2000); } catch (InterruptedException e) { } }, \"warmer\");"
                        + "  t.setDaemon(true); t.start(); } }")
                .run(null);
        assertEquals(new ChildJvm.Result(0, "main ran\n", "premain: warning: @Ctor method 'bad.Spawner.init' started"
                + " thread 'warmer', which is still running when sections are sealed (in $WORK/errors/thread.jar). It"
                + " may see sections before they are complete. Join the thread before the ctor returns, or start it"
                + " from main.\n"), result, result::toString);
    }
}
