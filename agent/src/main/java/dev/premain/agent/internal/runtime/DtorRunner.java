package dev.premain.agent.internal.runtime;

import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.problem.Failure;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs the dtors once at JVM shutdown, in reverse plan order, from one shutdown-hook thread. Each
 * dtor runs on a daemon thread of its own that the hook waits for at most the dtor timeout: a dtor
 * that hangs, or calls {@code System.exit} (which blocks forever at shutdown), is left behind with a
 * message, the others still run, and the JVM still exits.
 */
public final class DtorRunner implements Runnable {
    private final ClassAccess access;
    private final List<DeclaredMethod> reversed;
    private final long timeoutMillis;

    public DtorRunner(ClassAccess access, List<DeclaredMethod> planned, long timeoutMillis) {
        this.access = access;
        this.reversed = new ArrayList<>(planned);
        this.timeoutMillis = timeoutMillis;
        Collections.reverse(reversed);
    }

    /** Registers the hook; nothing is registered when there are no dtors. */
    public void register() {
        if (!reversed.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(this, "premain-dtors"));
        }
    }

    @Override
    public void run() {
        for (DeclaredMethod dtor : reversed) {
            Thread worker = new Thread(new OneDtor(dtor), "premain-dtor " + dtor.displayName());
            worker.setDaemon(true); // Why: a dtor left behind must not keep the JVM alive.
            worker.start();
            try {
                worker.join(timeoutMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (worker.isAlive()) {
                reportStuck(dtor, worker.getStackTrace());
            }
        }
    }

    private void reportStuck(DeclaredMethod dtor, StackTraceElement[] frames) {
        String subject = "@Dtor method '" + dtor.displayName() + "'";
        Problem problem = Failure.isExiting(frames)
                ? Problem.error(ProblemCode.DTOR_STUCK, subject, "called System.exit at shutdown, which blocks"
                        + " forever", dtor.location(), "It is left blocked, and the remaining dtors run now.",
                        "Return from the dtor instead of exiting.")
                : Problem.error(ProblemCode.DTOR_STUCK, subject, "did not finish within " + seconds(timeoutMillis)
                        + " at shutdown", dtor.location(), "It is left running, and the remaining dtors run now; the"
                        + " JVM does not wait for it.", "Make it return promptly, or raise dtor-timeout=SECONDS.");
        Diagnostics.print(problem.causedBy(Failure.where(frames)));
    }

    static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }

    /** One dtor, on its own thread; whatever it throws is reported and stays there. */
    private final class OneDtor implements Runnable {
        private final DeclaredMethod dtor;

        OneDtor(DeclaredMethod dtor) {
            this.dtor = dtor;
        }

        @Override
        public void run() {
            try {
                Method method = access.initialized(dtor.className()).getDeclaredMethod(dtor.methodName());
                method.setAccessible(true);
                method.invoke(null);
            } catch (ReflectiveOperationException | RuntimeException | Error e) {
                // Why catch everything: one failing dtor must not stop the others.
                Diagnostics.print(Problem.error(ProblemCode.DTOR_THREW, "@Dtor method '" + dtor.displayName() + "'",
                        "threw at shutdown", dtor.location(), "The remaining dtors still run.", "Fix the dtor, or"
                        + " make it handle the failure itself.").causedBy(Failure.describe(e)));
            }
        }
    }
}
