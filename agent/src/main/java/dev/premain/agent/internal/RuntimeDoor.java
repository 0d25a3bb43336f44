package dev.premain.agent.internal;

import dev.premain.TypedSection;
import dev.premain.internal.PremainRuntime;
import java.nio.file.Path;
import java.util.Map;

/**
 * The agent's side of the seam with the API: {@link dev.premain.Premain} finds this class by
 * {@link PremainRuntime#IMPLEMENTATION} and calls it only through {@link PremainRuntime}.
 */
public final class RuntimeDoor implements PremainRuntime {
    /** Created by the API, once per JVM. */
    public RuntimeDoor() {
    }

    @Override
    public void bootstrap() {
        InProcessBootstrap.run();
    }

    @Override
    public Map<TypedSection<?>, TypedSection<?>> register(ClassLoader loader, Path[] classPath) {
        return LateRegistration.register(loader, classPath);
    }
}
