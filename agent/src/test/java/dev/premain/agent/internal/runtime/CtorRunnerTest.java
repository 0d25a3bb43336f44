package dev.premain.agent.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.fixtures.ThrowSites;
import com.acme.fixtures.UserCode;
import dev.premain.agent.internal.Reported;
import dev.premain.agent.internal.Scans;
import dev.premain.agent.internal.fixtures.Ctors;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.Problems;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs real ctors by reflection: order, failures, on-error=warn, timings. */
public class CtorRunnerTest {
    private final Problems problems = new Problems();
    private static final String NL = System.lineSeparator();
    private static final String CTORS = Ctors.class.getName();
    private static final ClassLoader LOADER = CtorRunnerTest.class.getClassLoader();
    private static final String FAIL_CONSEQUENCE = "    The remaining ctors were not run and main was not started."
            + " Fix the ctor, or make it handle the failure itself.";
    private static final String WARN_CONSEQUENCE = "    It was skipped and the launch continues (on-error=warn)."
            + " Fix the ctor, or make it handle the failure itself.";

    @BeforeEach
    public void clearLogs() {
        Ctors.LOG.clear();
        UserCode.LOG.clear();
    }

    @Test
    public void ctorsRunInTheGivenOrderPrivateOnesIncluded() {
        CtorRunner runner = run(false, ctor(CTORS, "second"), ctor(CTORS, "hidden"), ctor(CTORS, "first"));

        assertEquals(List.of("second", "hidden", "first"), Ctors.LOG);
        assertEquals(List.of(), problems.all());
    }

    @Test
    public void throwingCtorStopsTheRestUnderFail() {
        CtorRunner runner = run(false, ctor(CTORS, "first"), ctor(CTORS, "boom"), ctor(CTORS, "second"));

        assertEquals(List.of("first", "boom"), Ctors.LOG);
        assertEquals(List.of(Reported.error("@Ctor method 'dev.premain.agent.internal.fixtures.Ctors.boom' threw"
                + " (in lib/acme-1.0.jar): java.lang.IllegalStateException: boom" + NL + FAIL_CONSEQUENCE)),
                Reported.of(problems.all()));
    }

    @Test
    public void throwingCtorIsSkippedUnderWarn() {
        CtorRunner runner = run(true, ctor(CTORS, "first"), ctor(CTORS, "boom"), ctor(CTORS, "second"));

        assertEquals(List.of("first", "boom", "second"), Ctors.LOG);
        assertEquals(List.of(Reported.error("@Ctor method 'dev.premain.agent.internal.fixtures.Ctors.boom' threw"
                + " (in lib/acme-1.0.jar): java.lang.IllegalStateException: boom" + NL + WARN_CONSEQUENCE)),
                Reported.of(problems.all()));
    }

    @Test
    public void userFramesOfTheFailureAreShown() {
        String user = UserCode.class.getName();

        CtorRunner runner = run(false, ctor(user, "ok"), ctor(user, "boom"), ctor(user, "ok"));

        assertEquals(List.of("ok", "boom"), UserCode.LOG);
        assertEquals(List.of("@Ctor method 'com.acme.fixtures.UserCode.boom' threw (in lib/acme-1.0.jar):"
                + " java.lang.IllegalArgumentException: user code failed" + NL
                + userFrame("fail", ThrowSites.line("UserCode.fail")) + NL
                + userFrame("boom", ThrowSites.line("UserCode.fail", 1))
                + NL + FAIL_CONSEQUENCE), messages(runner));
    }

    @Test
    public void failingStaticInitializerIsReportedAsTheCtorsFailure() {
        CtorRunner runner = run(true, ctor("dev.premain.agent.internal.fixtures.BrokenInitCtors", "init"),
                ctor(CTORS, "first"));

        assertEquals(List.of("first"), Ctors.LOG);
        assertEquals(List.of("@Ctor method 'dev.premain.agent.internal.fixtures.BrokenInitCtors.init' threw"
                + " (in lib/acme-1.0.jar): java.lang.IllegalStateException: no config" + NL + WARN_CONSEQUENCE),
                messages(runner));
    }

    @Test
    public void missingMethodAndMissingClassAreReported() {
        CtorRunner runner = run(true, ctor(CTORS, "gone"), ctor("com.acme.Gone", "init"), ctor(CTORS, "first"));

        assertEquals(List.of("first"), Ctors.LOG);
        assertEquals(List.of(
                "@Ctor method 'dev.premain.agent.internal.fixtures.Ctors.gone' threw (in lib/acme-1.0.jar):"
                        + " java.lang.NoSuchMethodException: dev.premain.agent.internal.fixtures.Ctors.gone()" + NL
                        + WARN_CONSEQUENCE,
                "@Ctor method 'com.acme.Gone.init' threw (in lib/acme-1.0.jar): java.lang.ClassNotFoundException:"
                        + " com.acme.Gone" + NL + WARN_CONSEQUENCE),
                messages(runner).stream().map(CtorRunnerTest::withoutLoaderFrames).toList());
    }

    @Test
    public void everyCtorThatRanIsTimed() {
        CtorRunner runner = run(true, ctor(CTORS, "first"), ctor(CTORS, "boom"));

        List<String> timings = runner.timings();
        assertEquals(2, timings.size());
        String first = " *\\d+[.,]\\d{3} ms  dev\\.premain\\.agent\\.internal\\.fixtures\\.Ctors\\.first";
        assertTrue(timings.get(0).matches(first), timings.get(0));
        assertTrue(timings.get(1).endsWith(" ms  dev.premain.agent.internal.fixtures.Ctors.boom"), timings.get(1));
        assertEquals(List.of(), run(false).timings());
    }

    @Test
    public void threadLeftRunningByACtorIsAWarning() throws InterruptedException {
        try {
            CtorRunner runner = run(false, ctor(CTORS, "startsThread"), ctor(CTORS, "first"));

            assertEquals(List.of("startsThread", "first"), Ctors.LOG);
            String expected = "@Ctor method 'dev.premain.agent.internal.fixtures.Ctors.startsThread'"
                    + " started thread 'fixture-straggler', which is still running when sections are sealed"
                    + " (in lib/acme-1.0.jar). It may see sections before they are complete. Join the thread before the"
                    + " ctor returns, or start it from main.";
            assertEquals(List.of(expected), problems.all().stream().map(Problem::text)
                    .filter(text -> text.contains("'fixture-straggler'")).toList());
            assertTrue(problems.all().stream().noneMatch(Problem::isError), problems.all().toString());
        } finally {
            Ctors.RELEASE.countDown();
            Ctors.straggler.join(10_000);
        }
    }

    /** A ClassNotFoundException's frames are the JDK class loader's, with JDK-specific line numbers. */
    private static String withoutLoaderFrames(String message) {
        return message.replaceAll("(?m)^        at java\\.base/jdk\\.internal\\.loader\\..*\\R", "");
    }

    private CtorRunner run(boolean continueOnError, DeclaredMethod... ctors) {
        CtorRunner runner = new CtorRunner(ClassAccess.of(LOADER), continueOnError, problems, "main was not started", 0);
        runner.run(List.of(ctors));
        return runner;
    }

    private static DeclaredMethod ctor(String className, String methodName) {
        return Scans.method(className, methodName);
    }

    private List<String> messages(CtorRunner runner) {
        return problems.all().stream().map(Problem::text).toList();
    }

    /** A frame of the user-code fixture as a report prints it. */
    private static String userFrame(String method, int line) {
        return "        at com.acme.fixtures.UserCode." + method + "(UserCode.java:" + line + ")";
    }
}
