package dev.premain.agent.internal.runtime;

import java.lang.instrument.Instrumentation;
import java.util.Map;
import java.util.Set;

/**
 * Opens, to the agent alone, the packages of named modules whose members Premain must call
 * reflectively (private ctors, fields, factories). Nothing else is opened, and nothing at all
 * without an {@link Instrumentation}: the in-process bootstrap then relies on the module's own
 * {@code opens}.
 */
public final class ModuleOpener {
    public static final ModuleOpener NONE = new ModuleOpener(null);

    private final Instrumentation instrumentation;
    private final Module agent = ModuleOpener.class.getModule();

    public ModuleOpener(Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
    }

    /**
     * Opens {@code type}'s package to the agent if it is in a named module that does not already.
     *
     * @return whether the package is open to the agent now
     */
    public boolean openToAgent(Class<?> type) {
        Module module = type.getModule();
        String pkg = type.getPackageName();
        if (!module.isNamed() || module.isOpen(pkg, agent)) {
            return true;
        }
        if (instrumentation == null || !instrumentation.isModifiableModule(module)) {
            return false;
        }
        instrumentation.redefineModule(module, Set.of(), Map.of(), Map.of(pkg, Set.of(agent)), Set.of(), Map.of());
        return true;
    }
}
