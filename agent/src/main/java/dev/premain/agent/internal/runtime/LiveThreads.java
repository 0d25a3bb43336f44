package dev.premain.agent.internal.runtime;

import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import java.util.HashSet;
import java.util.Set;

/** Notices threads that a ctor started and left running: they may see sections before seal. */
public final class LiveThreads {
    private final Set<Thread> known = new HashSet<>(Thread.getAllStackTraces().keySet());
    private int count = Thread.activeCount();

    public void reportNew(DeclaredMethod ctor, Problems problems) {
        // Why activeCount first: getAllStackTraces is costly, and 10,000 ctors call this.
        if (Thread.activeCount() <= count) {
            return;
        }
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (known.add(thread) && thread.isAlive()) {
                problems.add(Problem.warning(ProblemCode.CTOR_THREAD, "@Ctor method '" + ctor.displayName() + "'",
                        "started thread '" + thread.getName() + "', which is still running when sections are sealed",
                        ctor.location(), "It may see sections before they are complete.", "Join the thread before"
                        + " the ctor returns, or start it from main."));
            }
        }
        count = Thread.activeCount();
    }
}
