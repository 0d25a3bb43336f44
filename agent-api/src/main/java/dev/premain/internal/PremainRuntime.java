package dev.premain.internal;

import dev.premain.TypedSection;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one seam between the API ({@link dev.premain.Premain}) and the Premain runtime in
 * {@code premain-agent.jar}: the agent implements it, the API finds the implementation once, by
 * {@link #IMPLEMENTATION}, and calls it through this type, so a rename on either side fails to
 * compile or fails a test, never silently at run time. Not API: applications never implement or
 * call it.
 */
public interface PremainRuntime {
    /** The binary name of the agent's implementation, which must have a public no-arg constructor. */
    String IMPLEMENTATION = "dev.premain.agent.internal.RuntimeDoor";

    /**
     * Bootstraps this JVM now, on the calling thread, or repeats the outcome of the attempt before.
     *
     * @throws IllegalStateException with the report, if the bootstrap failed (now or before)
     */
    void bootstrap();

    /**
     * Registers a plugin's class loader: its ctors run now, its contributions go into new copies of
     * the sealed sections.
     *
     * @param loader the plugin's class loader
     * @param classPath the jars or directories it loads from
     * @return each sealed section the plugin contributes to, mapped to its new sealed copy
     * @throws IllegalStateException with the report, if the plugin has errors
     */
    Map<TypedSection<?>, TypedSection<?>> register(ClassLoader loader, Path[] classPath);
}
