package dev.premain.agent.internal;

import dev.premain.SectionBinder;
import dev.premain.TypedSection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a finished bootstrap leaves for later: the binder, the options, and the sealed sections with
 * their declarations, so late class loaders can be registered against them.
 */
final class RuntimeState {
    // Why volatile: published on the main thread before main, read by any thread that registers a plugin.
    private static volatile RuntimeState current;

    final SectionBinder binder;
    final AgentOptions options;
    final List<ScannedSection> declarations;
    final Map<String, TypedSection<?>> sections;
    final Set<ClassLoader> registeredLoaders = ConcurrentHashMap.newKeySet();

    private RuntimeState(SectionBinder binder, AgentOptions options, List<ScannedSection> declarations,
            Map<String, TypedSection<?>> sections) {
        this.binder = binder;
        this.options = options;
        this.declarations = declarations;
        this.sections = sections;
    }

    static void publish(SectionBinder binder, AgentOptions options, List<ScannedSection> declarations,
            Map<String, TypedSection<?>> sections) {
        current = new RuntimeState(binder, options, List.copyOf(declarations), Map.copyOf(sections));
    }

    /** The state of this JVM's bootstrap, or {@code null} before it finished. */
    static RuntimeState current() {
        return current;
    }
}
