package dev.premain.agent.internal.runtime;

import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.model.ScannedMethod;
import dev.premain.agent.internal.problem.Failure;
import dev.premain.agent.internal.problem.Problem;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** Runs the planned ctors one at a time on the calling thread, timing each one. */
public final class CtorRunner {
    private final ClassAccess access;
    private final boolean continueOnError;
    private final List<Problem> problems = new ArrayList<>();
    private final List<ScannedMethod> timed = new ArrayList<>();
    private final List<Long> timings = new ArrayList<>();
    // Why volatile: the exit watchdog reads it from the shutdown-hook thread.
    private volatile ScannedMethod running;

    public CtorRunner(ClassAccess access, boolean continueOnError) {
        this.access = access;
        this.continueOnError = continueOnError;
    }

    public void run(List<ScannedMethod> ctors) {
        Thread watchdog = new Thread(this::reportExit, "premain-exit-watchdog");
        Runtime.getRuntime().addShutdownHook(watchdog);
        LiveThreads threads = new LiveThreads();
        try {
            for (ScannedMethod ctor : ctors) {
                if (!runOne(ctor, threads) && !continueOnError) {
                    break;
                }
            }
        } finally {
            running = null;
            Runtime.getRuntime().removeShutdownHook(watchdog);
        }
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** One line per ctor that ran; formatted only on request, since String.format is slow to start. */
    public List<String> timings() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < timed.size(); i++) {
            lines.add(String.format("%8.3f ms  %s", timings.get(i) / 1e6, timed.get(i).displayName()));
        }
        return lines;
    }

    private boolean runOne(ScannedMethod ctor, LiveThreads threads) {
        long start = System.nanoTime();
        running = ctor;
        try {
            Method method = access.initialized(ctor.className()).getDeclaredMethod(ctor.methodName());
            method.setAccessible(true);
            method.invoke(null);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            problems.add(Problem.error("@Ctor method '" + ctor.displayName() + "' threw (in " + ctor.location()
                    + "): " + Failure.describe(e) + System.lineSeparator() + "    "
                    + (continueOnError ? "It was skipped and the launch continues (on-error=warn)."
                    : "The remaining ctors were not run and main was not started.")
                    + " Fix the ctor, or make it handle the failure itself."));
            return false;
        } finally {
            running = null;
            timed.add(ctor);
            timings.add(System.nanoTime() - start);
            threads.reportNew(ctor, problems);
        }
    }

    private void reportExit() {
        ScannedMethod culprit = running;
        if (culprit != null) {
            Diagnostics.error("@Ctor method '" + culprit.displayName() + "' shut the JVM down (System.exit or"
                    + " Runtime.exit) before main (in " + culprit.location() + "). The remaining ctors and main"
                    + " did not run. Throw an exception instead, so Premain can report it.");
        }
    }
}
