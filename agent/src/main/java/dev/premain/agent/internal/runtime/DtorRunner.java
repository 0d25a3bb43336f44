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

/** Runs the dtors once at JVM shutdown, in reverse plan order, on one shutdown-hook thread. */
public final class DtorRunner implements Runnable {
    private final ClassAccess access;
    private final List<DeclaredMethod> reversed;

    public DtorRunner(ClassAccess access, List<DeclaredMethod> planned) {
        this.access = access;
        this.reversed = new ArrayList<>(planned);
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
