package dev.premain.agent.internal;

import dev.premain.TypedSection;
import dev.premain.agent.internal.discovery.Discovery;
import dev.premain.agent.internal.discovery.cache.ScanCache;
import dev.premain.agent.internal.model.ScanResult;
import dev.premain.agent.internal.model.ScannedSection;
import dev.premain.agent.internal.runtime.RuntimeState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The runtime behind {@code Premain.register(loader, classPath)}: the same pipeline over a plugin's
 * jars, whose contributions go into new sealed copies of the sections, never into the sealed ones.
 */
public final class LateRegistration {
    private LateRegistration() {
    }

    /**
     * Scans, validates, links and constructs a plugin.
     *
     * @param loader the plugin's class loader
     * @param classPath the plugin's jars or directories
     * @return each sealed section the plugin contributes to, mapped to its new sealed copy
     * @throws IllegalStateException with the report, if the plugin has errors
     */
    public static synchronized Map<TypedSection<?>, TypedSection<?>> register(ClassLoader loader, Path[] classPath) {
        RuntimeState state = RuntimeState.current();
        if (state == null) {
            throw new IllegalStateException("Premain has not finished bootstrapping this JVM, so nothing can be"
                    + " registered yet. Call Premain.register() from main or later.");
        }
        state.registeredLoaders.add(loader);
        Set<Path> elements = new LinkedHashSet<>();
        for (Path path : classPath) {
            elements.add(path.toAbsolutePath().normalize());
        }
        ScanResult scan = new Discovery(state.options.index(), ScanCache.OFF, state.options.packages())
                .discover(new ArrayList<>(elements));
        return new PluginRegistration(state, loader).run(withDeclarations(scan, state.declarations));
    }

    /** The plugin's scan plus the sections sealed before main, so contributions to them validate. */
    private static ScanResult withDeclarations(ScanResult scan, List<ScannedSection> sealed) {
        List<ScannedSection> sections = new ArrayList<>(sealed);
        sections.addAll(scan.sections());
        return new ScanResult(scan.ctors(), scan.dtors(), sections, scan.contributions(), scan.warnings());
    }

}
