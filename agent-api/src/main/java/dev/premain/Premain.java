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
    private static final String LATE = "dev.premain.agent.internal.LateRegistration";

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
     * Registers classes loaded by a class loader created after {@code main} started (plugins): their
     * {@code @Ctor} methods run now, on the calling thread, in plan order, and their contributions
     * go into a new {@link Snapshot}. Sealed sections are never changed.
     *
     * @param loader the class loader that loads the plugin classes
     * @param classPath the jars or directories that loader reads them from
     * @return the sections with the plugin's contributions added
     * @throws IllegalStateException if this JVM was not bootstrapped, or the plugin has errors
     *     (the message holds the report)
     */
    @SuppressWarnings("unchecked")
    public static Snapshot register(ClassLoader loader, java.nio.file.Path... classPath) {
        if (!SectionBinder.isClaimed()) {
            throw new IllegalStateException("Premain.register() needs a bootstrapped JVM: start it with"
                    + " -javaagent:premain-agent.jar, or call Premain.bootstrap() first.");
        }
        try {
            Object copies = Class.forName(LATE, true, Premain.class.getClassLoader())
                    .getMethod("register", ClassLoader.class, java.nio.file.Path[].class)
                    .invoke(null, loader, classPath);
            return Snapshot.wrapping((java.util.Map<TypedSection<?>, TypedSection<?>>) copies);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Premain.register() needs the Premain runtime (premain-agent.jar)"
                    + " on the class path: " + e, e);
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
