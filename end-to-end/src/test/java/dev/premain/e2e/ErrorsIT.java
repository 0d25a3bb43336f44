package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import org.junit.jupiter.api.Test;

/** Golden tests: every misuse gives one exact report on stderr and a documented exit status. */
class ErrorsIT {

    private static void assertStopped(int status, String err, ChildJvm.Result result) {
        assertEquals(new ChildJvm.Result(status, "", err), result, result::toString);
    }

    @Test
    void wrongCtorShapes() throws Exception {
        ChildJvm.Result result = new BrokenApp("shapes")
                .source("bad.Shapes", "package bad; import dev.premain.*; public class Shapes {"
                        + " @Ctor void instance() {}"
                        + " @Ctor static void withParameter(String name) {}"
                        + " @Ctor static int returnsValue() { return 1; } }")
                .run(null);
        assertStopped(65, String.join("\n",
                "premain: error: @Ctor method 'bad.Shapes.instance' must be static (in $WORK/errors/shapes.jar)."
                        + " It will not run. Declare it as 'static void instance()'.",
                "premain: error: @Ctor method 'bad.Shapes.returnsValue' must return void (in"
                        + " $WORK/errors/shapes.jar). It will not run. Declare it as 'static void returnsValue()'.",
                "premain: error: @Ctor method 'bad.Shapes.withParameter' must not declare parameters (in"
                        + " $WORK/errors/shapes.jar). It will not run. Declare it as 'static void withParameter()'.",
                "premain: 3 errors; main was not started (exit status 65). Fix the errors above, or start with"
                        + " on-error=warn to skip what failed.",
                ""), result);
    }

    @Test
    void contributionOfTheWrongType() throws Exception {
        ChildJvm.Result result = new BrokenApp("wrongtype")
                .source("bad.Words", "package bad; import dev.premain.*; public final class Words {"
                        + " @Section static final ImmutableSection<String> ALL = ImmutableSection.of(String.class); }")
                .source("bad.Items", "package bad; import dev.premain.*; public final class Items {"
                        + " @Contribute(Words.class) static final Integer NUMBER = 42; }")
                .run(null);
        assertStopped(65, String.join("\n",
                "premain: error: @Contribute field 'bad.Items.NUMBER' is a 'java.lang.Integer', but section"
                        + " 'bad.Words' holds 'java.lang.String' (in $WORK/errors/wrongtype.jar). It is not added to"
                        + " the section. Contribute a 'java.lang.String', or contribute to a section of"
                        + " 'java.lang.Integer'.",
                "premain: 1 error; main was not started (exit status 65). Fix the errors above, or start with"
                        + " on-error=warn to skip what failed.",
                ""), result);
    }

    @Test
    void ctorThatThrowsStopsTheLaunch() throws Exception {
        ChildJvm.Result result = boom().run(null);
        assertStopped(70, String.join("\n",
                "ctor a.First ran",
                "premain: error: @Ctor method 'bad.Boom.init' threw (in $WORK/errors/boom.jar):"
                        + " java.lang.IllegalStateException: database is down",
                "        at bad.Boom.fail(Boom.java:3)",
                "        at bad.Boom.init(Boom.java:2)",
                "    The remaining ctors were not run and main was not started. Fix the ctor, or make it handle"
                        + " the failure itself.",
                "premain: 1 error; main was not started (exit status 70). Fix the errors above, or start with"
                        + " on-error=warn to skip what failed.",
                ""), new ChildJvm.Result(result.status(), "", result.out() + result.err()));
    }

    @Test
    void ctorThatThrowsIsSkippedUnderOnErrorWarn() throws Exception {
        ChildJvm.Result result = boom().run("on-error=warn");
        assertEquals(new ChildJvm.Result(0, "ctor a.First ran\nctor z.Last ran\nmain ran\n", String.join("\n",
                "premain: error: @Ctor method 'bad.Boom.init' threw (in $WORK/errors/boom.jar):"
                        + " java.lang.IllegalStateException: database is down",
                "        at bad.Boom.fail(Boom.java:3)",
                "        at bad.Boom.init(Boom.java:2)",
                "    It was skipped and the launch continues (on-error=warn). Fix the ctor, or make it handle"
                        + " the failure itself.",
                "premain: 1 error skipped (on-error=warn); what each error names did not run or was not"
                        + " registered, and main starts.",
                "")), result, result::toString);
    }

    private static BrokenApp boom() {
        return new BrokenApp("boom")
                .source("a.First", "package a; public class First { @dev.premain.Ctor static void init() {"
                        + " System.out.println(\"ctor a.First ran\"); } }")
                .source("bad.Boom", "package bad; import dev.premain.*; public class Boom {\n"
                        + " @Ctor static void init() { fail(); }\n"
                        + " static void fail() { throw new IllegalStateException(\"database is down\"); } }")
                .source("z.Last", "package z; public class Last { @dev.premain.Ctor(priority = 1) static void init() {"
                        + " System.out.println(\"ctor z.Last ran\"); } }");
    }

    @Test
    void unknownOption() throws Exception {
        assertStopped(64, "premain: error: Unknown option 'colour' in the -javaagent options. Premain did not run,"
                + " so the application was not started. Valid options: packages=PKG[:PKG...], report,"
                + " shuffle=SEED, on-error=fail|warn, index=prefer|only|off, cache=DIR|off, classpath-index=FILE|off, trust=PKG-or-JAR-or-sha256:HEX[:...], trust-mode=enforce|warn, verbose=quiet|warn|info|debug, late-loaders=off|report, ctor-timeout=SECONDS, dtor-timeout=SECONDS.\n", new BrokenApp("options").run("report,colour=blue"));
    }

    @Test
    void malformedOption() throws Exception {
        assertStopped(64, "premain: error: Malformed option 'shuffle=soon' in the -javaagent options: the seed must"
                + " be a whole number. Premain did not run, so the application was not started. Valid options:"
                + " packages=PKG[:PKG...], report, shuffle=SEED, on-error=fail|warn, index=prefer|only|off, cache=DIR|off, classpath-index=FILE|off, trust=PKG-or-JAR-or-sha256:HEX[:...], trust-mode=enforce|warn, verbose=quiet|warn|info|debug, late-loaders=off|report, ctor-timeout=SECONDS, dtor-timeout=SECONDS.\n",
                new BrokenApp("options").run("shuffle=soon"));
    }

    @Test
    void malformedOptionFromTheSystemProperty() throws Exception {
        ChildJvm.Result result = new ChildJvm().args("-Dpremain.options=on-error=later").agent(null)
                .classPath(new BrokenApp("options").jar()).args("app.Main").run();
        assertStopped(64, "premain: error: Malformed option 'on-error=later' in the system property premain.options:"
                + " it must be fail or warn. Premain did not run, so the application was not started. Valid options:"
                + " packages=PKG[:PKG...], report, shuffle=SEED, on-error=fail|warn, index=prefer|only|off, cache=DIR|off, classpath-index=FILE|off, trust=PKG-or-JAR-or-sha256:HEX[:...], trust-mode=enforce|warn, verbose=quiet|warn|info|debug, late-loaders=off|report, ctor-timeout=SECONDS, dtor-timeout=SECONDS.\n", result);
    }
}
