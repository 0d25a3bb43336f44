package dev.premain.agent.internal.runtime;

/**
 * How the runtime reaches user classes: through the application's loader, with the class's package
 * opened to the agent first when it lives in a named module.
 *
 * @param loader the application's class loader
 * @param opener opens named modules' packages to the agent, or does nothing
 */
public record ClassAccess(ClassLoader loader, ModuleOpener opener) {

    /** Access through {@code loader} alone, for class-path code and tests. */
    public static ClassAccess of(ClassLoader loader) {
        return new ClassAccess(loader, ModuleOpener.NONE);
    }

    /** Loads and initializes {@code name}, opening its package to the agent if needed. */
    public Class<?> initialized(String name) throws ClassNotFoundException {
        Class<?> type = Class.forName(name, false, loader);
        opener.openToAgent(type);
        return Class.forName(name, true, loader);
    }
}
