package dev.premain.junit;

import dev.premain.testing.FixtureJar;
/** Fixture applications: a section, a ctor, and two test classes that check both. */
final class Fixtures {
    private Fixtures() {
    }

    /**
     * A section of two greetings that a ctor sorts, and two test classes that check it.
     *
     * @param pkg the fixture's package, so fixtures never meet
     * @param extendWith whether the test classes say {@code @ExtendWith(PremainExtension.class)}
     */
    static FixtureJar app(String pkg, boolean extendWith) {
        return tests(pkg, extendWith ? "@ExtendWith(PremainExtension.class)" : "", "ctorRanOnceAndSectionsAreSealed",
                "assertEquals(1, Startup.RUNS.get(), \"ctor runs\");"
                        + " assertTrue(Greetings.ALL.isSealed(), \"sealed\");"
                        + " assertEquals(java.util.List.of(\"hello\", \"world\"), Greetings.ALL.asList());")
                .source(pkg + ".Greetings", "package " + pkg + "; import dev.premain.*; public final class Greetings {"
                        + " @Section public static final MutableSection<String> ALL = MutableSection.of(String.class);"
                        + " @Contribute(Greetings.class) static final String WORLD = \"world\";"
                        + " @Contribute(Greetings.class) static final String HELLO = \"hello\"; }")
                .source(pkg + ".Startup", "package " + pkg + "; import dev.premain.*;"
                        + " public final class Startup {"
                        + " public static final java.util.concurrent.atomic.AtomicInteger RUNS"
                        + "  = new java.util.concurrent.atomic.AtomicInteger();"
                        + " @Ctor static void start() {"
                        + "  RUNS.incrementAndGet(); Greetings.ALL.sort(null);"
                        + "  boolean fromExtension = StackWalker.getInstance().walk(frames -> frames.anyMatch("
                        + "   f -> f.getClassName().equals(\"dev.premain.junit.PremainExtension\")));"
                        + "  System.out.println(\"ctor ran on \" + Thread.currentThread().getName()"
                        + "   + (fromExtension ? \", called by PremainExtension\" : \", before main\"));"
                        // Why: a slow ctor keeps the section unsealed long enough for a racing test class to see it.
                        + "  try { Thread.sleep(200); } catch (InterruptedException e) {"
                        + "   Thread.currentThread().interrupt(); } } }");
    }

    /**
     * The same application, whose two test classes are {@code @TestInstance(PER_CLASS)} and read the
     * section in a field initializer: JUnit constructs them before any before-all callback.
     */
    static FixtureJar perClassApp(String pkg) {
        FixtureJar jar = app(pkg, false);
        for (String name : new String[] {"FirstTest", "SecondTest"}) {
            jar.source(pkg + "." + name, "package " + pkg + ";"
                    + " import static org.junit.jupiter.api.Assertions.*;"
                    + " import org.junit.jupiter.api.*; import org.junit.jupiter.api.extension.ExtendWith;"
                    + " @ExtendWith(dev.premain.junit.PremainExtension.class)"
                    + " @TestInstance(TestInstance.Lifecycle.PER_CLASS) class " + name + " {"
                    + " final java.util.List<String> seen = Greetings.ALL.asList();"
                    + " @Test void ctorRanOnceAndSectionsAreSealed() {"
                    + "  assertEquals(1, Startup.RUNS.get(), \"ctor runs\");"
                    + "  assertEquals(java.util.List.of(\"hello\", \"world\"), seen); } }");
        }
        return jar;
    }

    /** A ctor that throws, and two test classes that must not run. */
    static FixtureJar failingCtor(String pkg) {
        return tests(pkg, "@ExtendWith(PremainExtension.class)", "neverRuns",
                "fail(\"the test ran although the bootstrap failed\");")
                .source(pkg + ".Boom", "package " + pkg + "; import dev.premain.*; public final class Boom {"
                        + " @Ctor static void init() { System.out.println(\"ctor attempted\");"
                        + " throw new IllegalStateException(\"database is down\"); } }");
    }

    private static FixtureJar tests(String pkg, String annotation, String method, String body) {
        FixtureJar jar = new FixtureJar().uses(Jars.EXTENSION, Jars.CONSOLE_LAUNCHER);
        for (String name : new String[] {"FirstTest", "SecondTest"}) {
            jar.source(pkg + "." + name, "package " + pkg + ";"
                    + " import static org.junit.jupiter.api.Assertions.*;"
                    + " import dev.premain.junit.PremainExtension;"
                    + " import org.junit.jupiter.api.Test;"
                    + " import org.junit.jupiter.api.extension.ExtendWith;"
                    + annotation + " class " + name + " {"
                    + " @Test void " + method + "() { " + body + " } }");
        }
        return jar;
    }
}
