package dev.premain;

import java.lang.reflect.InvocationTargetException;

/**
 * The explicit, in-process bootstrap, for places where no {@code -javaagent} can be attached.
 *
 * {@snippet :
 * public static void main(String[] args) {
 *     Premain.bootstrap(); // first line of main
 *     // ...
 * }
 * }
 *
 * <p>Idempotent: if the agent already bootstrapped this JVM, or {@code bootstrap()} ran before,
 * the call does nothing. It needs {@code premain-agent.jar} on the class path.
 *
 * @since 0.1
 */
public final class Premain {
    private static final String RUNTIME = "dev.premain.agent.internal.InProcessBootstrap";

    private Premain() {
    }

    /**
     * Scans, links and runs the ctors now, on the calling thread, then seals every section.
     *
     * @throws IllegalStateException if the Premain runtime is not on the class path, or the
     *     bootstrap found errors (the report is in the message and on stderr)
     */
    public static void bootstrap() {
        if (SectionBinder.isClaimed()) {
            return;
        }
        try {
            Class.forName(RUNTIME, true, Premain.class.getClassLoader()).getMethod("run").invoke(null);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Premain.bootstrap() needs the Premain runtime, but "
                    + RUNTIME + " is not on the class path. Add premain-agent.jar to the class path.", e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Internal error in Premain.bootstrap(), please report: " + e, e);
        }
    }

    /**
     * Whether this JVM has been bootstrapped, by the agent or by {@link #bootstrap()}.
     *
     * @return {@code true} once bootstrapped
     */
    public static boolean isBootstrapped() {
        return SectionBinder.isClaimed();
    }
}
