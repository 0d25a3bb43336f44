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
    private final List<Long> starts = new ArrayList<>();
    // Why volatile: the exit watchdog reads it from the shutdown-hook thread.
    private volatile DeclaredMethod running;
    private volatile long runningSince;
    private volatile Thread runner;
    private final long timeoutMillis;

    /**
     * @param access how user classes are reached
     * @param continueOnError whether a failing ctor is skipped ({@code on-error=warn}) instead of stopping the rest
     * @param problems where failures go
     * @param stopped what a failure stops, after the remaining ctors: e.g. {@code main was not started}
     * @param timeoutMillis after how long a running ctor is reported with its stack; 0 for never
     */
    public CtorRunner(ClassAccess access, boolean continueOnError, Problems problems, String stopped,
            long timeoutMillis) {
        this.access = access;
        this.timeoutMillis = timeoutMillis;
        this.stopped = stopped;
        this.continueOnError = continueOnError;
        this.problems = problems;
    }

    public void run(List<DeclaredMethod> ctors) {
        Thread watchdog = new Thread(this::reportExit, "premain-exit-watchdog");
        Runtime.getRuntime().addShutdownHook(watchdog);
        runner = Thread.currentThread();
        Thread slowWatch = timeoutMillis > 0 ? startSlowWatch() : null;
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
            if (slowWatch != null) {
                slowWatch.interrupt();
            }
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

    /** Each ctor that ran, in run order, with its start ({@code System.nanoTime()}) and duration. */
    public List<CtorTiming> timeline() {
        List<CtorTiming> timeline = new ArrayList<>();
        for (int i = 0; i < timed.size(); i++) {
            timeline.add(new CtorTiming(timed.get(i).displayName(), timed.get(i).location(), starts.get(i),
                    timings.get(i)));
        }
        return timeline;
    }

    private boolean runOne(DeclaredMethod ctor, LiveThreads threads) {
        long start = System.nanoTime();
        runningSince = System.nanoTime();
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
            starts.add(start);
            timings.add(System.nanoTime() - start);
            threads.reportNew(ctor, problems);
        }
    }

    private void reportExit() {
        DeclaredMethod culprit = running;
        if (culprit == null) {
            return;
        }
        StackTraceElement[] frames = runner.getStackTrace();
        String subject = "@Ctor method '" + culprit.displayName() + "'";
        // Why look at the stack: a ctor in System.exit is inside Shutdown; a signal (SIGTERM) or another
        // thread's exit finds it somewhere else, and blaming the ctor for exiting would be false.
        Diagnostics.print(Failure.isExiting(frames)
                ? Problem.error(ProblemCode.CTOR_EXIT, subject, "shut the JVM down (System.exit or Runtime.exit)"
                        + " before main", culprit.location(), "The remaining ctors and main did not run.",
                        "Throw an exception instead, so Premain can report it.")
                : Problem.error(ProblemCode.CTOR_INTERRUPTED, subject, "was still running when the JVM was told to"
                        + " stop (a signal such as SIGTERM, or System.exit on another thread)", culprit.location(),
                        "The remaining ctors and main did not run.", "If it was stuck, see where below; start with"
                        + " ctor-timeout=SECONDS to be told while it runs.").causedBy(Failure.where(frames)));
    }

    private Thread startSlowWatch() {
        Thread watch = new Thread(new SlowWatch(), "premain-ctor-timeout");
        watch.setDaemon(true);
        watch.start();
        return watch;
    }

    /** With {@code ctor-timeout}: says once per ctor, with its stack, when one runs longer than that. */
    private final class SlowWatch implements Runnable {
        @Override
        public void run() {
            DeclaredMethod reported = null;
            while (!Thread.currentThread().isInterrupted()) {
                DeclaredMethod current = running;
                if (current != null && current != reported
                        && System.nanoTime() - runningSince > timeoutMillis * 1_000_000L) {
                    reported = current;
                    Diagnostics.print(Problem.warning(ProblemCode.CTOR_SLOW, "@Ctor method '" + current.displayName()
                            + "'", "has run for more than " + DtorRunner.seconds(timeoutMillis), current.location(),
                            "It is still running; main waits for it.", "If it is stuck, fix it; Ctrl-C or SIGTERM"
                            + " stops the JVM.").causedBy(Failure.where(runner.getStackTrace())));
                }
                try {
                    Thread.sleep(Math.min(timeoutMillis, 100));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
