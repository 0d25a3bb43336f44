package dev.premain.agent.internal.runtime;

import dev.premain.SectionBinder;
import dev.premain.TypedSection;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.options.AgentOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a finished bootstrap leaves for later: the binder, the options, and the sealed sections with
 * their declarations, so late class loaders can be registered against them.
 */
public final class RuntimeState {
    // Why volatile: published on the main thread before main, read by any thread that registers a plugin.
    private static volatile RuntimeState current;

    public final SectionBinder binder;
    public final AgentOptions options;
    public final List<DeclaredSection> declarations;
    public final Map<String, TypedSection<?>> sections;
    public final Set<ClassLoader> registeredLoaders = ConcurrentHashMap.newKeySet();

    private RuntimeState(SectionBinder binder, AgentOptions options, List<DeclaredSection> declarations,
            Map<String, TypedSection<?>> sections) {
        this.binder = binder;
        this.options = options;
        this.declarations = declarations;
        this.sections = sections;
    }

    public static void publish(SectionBinder binder, AgentOptions options, List<DeclaredSection> declarations,
            Map<String, TypedSection<?>> sections) {
        current = new RuntimeState(binder, options, List.copyOf(declarations), Map.copyOf(sections));
    }

    /** The state of this JVM's bootstrap, or {@code null} before it finished. */
    public static RuntimeState current() {
        return current;
    }
}
