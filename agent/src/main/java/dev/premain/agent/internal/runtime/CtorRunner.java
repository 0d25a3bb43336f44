package dev.premain.agent.internal.runtime;

import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.problem.Failure;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** Runs the planned ctors one at a time on the calling thread, timing each one. */
public final class CtorRunner {
    private final ClassAccess access;
    private final boolean continueOnError;
    private final Problems problems;
    private final String stopped;
    private final List<DeclaredMethod> timed = new ArrayList<>();
    private final List<Long> timings = new ArrayList<>();
    // Why volatile: the exit watchdog reads it from the shutdown-hook thread.
    private volatile DeclaredMethod running;

    /**
     * @param access how user classes are reached
     * @param continueOnError whether a failing ctor is skipped ({@code on-error=warn}) instead of stopping the rest
     * @param problems where failures go
     * @param stopped what a failure stops, after the remaining ctors: e.g. {@code main was not started}
     */
    public CtorRunner(ClassAccess access, boolean continueOnError, Problems problems, String stopped) {
        this.access = access;
        this.stopped = stopped;
        this.continueOnError = continueOnError;
        this.problems = problems;
    }

    public void run(List<DeclaredMethod> ctors) {
        Thread watchdog = new Thread(this::reportExit, "premain-exit-watchdog");
        Runtime.getRuntime().addShutdownHook(watchdog);
        LiveThreads threads = new LiveThreads();
        try {
            for (DeclaredMethod ctor : ctors) {
                if (!runOne(ctor, threads) && !continueOnError) {
                    break;
                }
            }
        } finally {
            running = null;
            Runtime.getRuntime().removeShutdownHook(watchdog);
        }
    }

    /** One line per ctor that ran; formatted only on request, since String.format is slow to start. */
    public List<String> timings() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < timed.size(); i++) {
            lines.add(String.format("%8.3f ms  %s", timings.get(i) / 1e6, timed.get(i).displayName()));
        }
        return lines;
    }

    private boolean runOne(DeclaredMethod ctor, LiveThreads threads) {
        long start = System.nanoTime();
        running = ctor;
        try {
            Method method = access.initialized(ctor.className()).getDeclaredMethod(ctor.methodName());
            method.setAccessible(true);
            method.invoke(null);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            problems.add(Problem.error(ProblemCode.CTOR_THREW, "@Ctor method '" + ctor.displayName() + "'", "threw",
                    ctor.location(), continueOnError ? "It was skipped and the launch continues (on-error=warn)."
                    : "The remaining ctors were not run and " + stopped + ".",
                    "Fix the ctor, or make it handle the failure itself.").causedBy(Failure.describe(e)));
            return false;
        } finally {
            running = null;
            timed.add(ctor);
            timings.add(System.nanoTime() - start);
            threads.reportNew(ctor, problems);
        }
    }

    private void reportExit() {
        DeclaredMethod culprit = running;
        if (culprit != null) {
            Diagnostics.print(Problem.error(ProblemCode.CTOR_EXIT, "@Ctor method '" + culprit.displayName() + "'",
                    "shut the JVM down (System.exit or Runtime.exit) before main", culprit.location(),
                    "The remaining ctors and main did not run.",
                    "Throw an exception instead, so Premain can report it."));
        }
    }
}
