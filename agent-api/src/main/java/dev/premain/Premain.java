package dev.premain;

import dev.premain.internal.PremainRuntime;

/**
 * The explicit, in-process bootstrap, for places where no {@code -javaagent} can be attached.
 *
 * <pre>public static void main(String[] args) {
 *     Premain.bootstrap(); // first line of main
 *     // ...
 * }</pre>
 *
 * <p>Idempotent: if the agent already bootstrapped this JVM, or {@code bootstrap()} ran before,
 * the call does nothing. It needs {@code premain-agent.jar} on the class path.
 *
 * @since 0.1
 */
public final class Premain {
    private Premain() {
    }

    /**
     * Scans, links and runs the ctors now, on the calling thread, then seals every section.
     *
     * <p>At most one bootstrap is attempted per JVM. If it fails, this method throws, and throws the
     * same report again on every later call, since ctors that already ran must not run twice: fix
     * the cause and restart the JVM.
     *
     * @throws IllegalStateException if the Premain runtime is not on the class path, or the
     *     bootstrap found errors (the report is in the message and on stderr)
     */
    public static void bootstrap() {
        if (SectionBinder.isBootstrapped()) {
            return;
        }
        RuntimeHolder.door("Premain.bootstrap()").bootstrap();
    }

    /**
     * Registers classes loaded by a class loader created after {@code main} started (plugins): their
     * {@code @Ctor} methods run now, on the calling thread, in plan order, and their contributions
     * go into a new {@link Snapshot}. Sealed sections are never changed.
     *
     * <p>Each class loader is registered once: a second call with the same loader and class path runs
     * nothing and returns the same items; with another class path it throws. If a registration
     * fails, every later call for that loader throws the same report.
     *
     * @param loader the class loader that loads the plugin classes
     * @param classPath the jars or directories that loader reads them from; none to use the loader's
     *     own class path, which works for any {@code URLClassLoader} (including one whose entries are
     *     nested in a jar, as Spring Boot's) and for the loaders ClassGraph knows how to ask (application
     *     servers, OSGi frameworks, loaders with a {@code getClassPath()} method); for any other, the
     *     call throws rather than register nothing
     * @return the sections with the plugin's contributions added
     * @throws IllegalStateException if this JVM was not bootstrapped, or the plugin has errors
     *     (the message holds the report)
     */
    public static Snapshot register(ClassLoader loader, java.nio.file.Path... classPath) {
        if (!SectionBinder.isBootstrapped()) {
            throw new IllegalStateException("Premain.register() needs a bootstrapped JVM: start it with"
                    + " -javaagent:premain-agent.jar, or call Premain.bootstrap() first.");
        }
        return Snapshot.wrapping(RuntimeHolder.door("Premain.register()").register(loader, classPath));
    }

    /**
     * Whether this JVM has been bootstrapped successfully, by the agent or by {@link #bootstrap()}.
     * A failed bootstrap leaves it {@code false}.
     *
     * @return {@code true} once every section is linked and sealed and every ctor has run
     */
    public static boolean isBootstrapped() {
        return SectionBinder.isBootstrapped();
    }

    /** Finds the runtime once, when first needed (the JVM initializes this holder on first use). */
    private static final class RuntimeHolder {
        private static final Object DOOR = find();

        private RuntimeHolder() {
        }

        static PremainRuntime door(String caller) {
            if (DOOR instanceof PremainRuntime runtime) {
                return runtime;
            }
            if (DOOR instanceof ClassNotFoundException missing) {
                throw new IllegalStateException(caller + " needs the Premain runtime, but "
                        + PremainRuntime.IMPLEMENTATION + " is not on the class path. Add premain-agent.jar to the"
                        + " class path.", missing);
            }
            throw new IllegalStateException("Internal error: the Premain runtime " + PremainRuntime.IMPLEMENTATION
                    + " cannot be used (" + DOOR + "). Keep premain-api and premain-agent at the same version;"
                    + " please report it if they are.", (Throwable) DOOR);
        }

        /** The runtime, or what stopped it from loading. */
        private static Object find() {
            ClassLoader loader = Premain.class.getClassLoader();
            // Why: when this API is a named module, its internal package is not exported; the runtime (on
            // the class path, in the loader's unnamed module) must see the seam it implements. A module may
            // export its own packages at run time; outside a named module this does nothing.
            Premain.class.getModule().addExports("dev.premain.internal", loader.getUnnamedModule());
            // Why also by name: premain-agent.jar on the module path is the automatic module dev.premain.agent,
            // and the JVM checks the seam's export when it loads the runtime class, before we could see its module.
            ModuleLayer layer = Premain.class.getModule().getLayer();
            java.util.Optional<Module> agent = (layer == null ? ModuleLayer.boot() : layer)
                    .findModule("dev.premain.agent");
            if (agent.isPresent()) {
                Premain.class.getModule().addExports("dev.premain.internal", agent.get());
            }
            try {
                return Class.forName(PremainRuntime.IMPLEMENTATION, true, loader).asSubclass(PremainRuntime.class)
                        .getConstructor().newInstance();
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return e;
            }
        }
    }
}
