package dev.premain.agent.internal;

import dev.premain.TypedSection;
import dev.premain.agent.internal.discovery.Discovery;
import dev.premain.agent.internal.discovery.LoaderClassPath;
import dev.premain.agent.internal.discovery.cache.ScanCache;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.problem.Problems;
import dev.premain.agent.internal.runtime.RuntimeState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The runtime behind {@code Premain.register(loader, classPath)}: the same pipeline over a plugin's
 * jars, whose contributions go into new sealed copies of the sections, never into the sealed ones.
 * Each loader is registered at most once, so its ctors run at most once.
 */
final class LateRegistration {
    // Why weak keys: a plugin's loader must stay collectable after the plugin is dropped.
    private static final Map<ClassLoader, Registered> REGISTERED = new WeakHashMap<>();

    private LateRegistration() {
    }

    /**
     * Scans, validates, links and constructs a plugin, or returns what its one registration gave.
     *
     * @param loader the plugin's class loader
     * @param classPath the plugin's jars or directories; none for the loader's own class path, when it
     *     is a {@code URLClassLoader}
     * @return each sealed section the plugin contributes to, mapped to its new sealed copy
     * @throws IllegalStateException with the report, if the plugin has errors (now or before), or if
     *     the loader was registered before with another class path
     */
    static synchronized Map<TypedSection<?>, TypedSection<?>> register(ClassLoader loader, Path[] classPath) {
        RuntimeState state = RuntimeState.current();
        if (state == null) {
            throw new IllegalStateException("Premain has not finished bootstrapping this JVM, so nothing can be"
                    + " registered yet. Call Premain.register() from main or later.");
        }
        List<Path> elements = normalized(classPath);
        Registered before = REGISTERED.get(loader);
        if (before != null) {
            return before.repeat(loader, elements);
        }
        state.registeredLoaders.add(loader);
        Registered registered;
        try {
            registered = Registered.success(elements, run(state, loader, elements));
        } catch (IllegalStateException e) {
            registered = Registered.failure(elements, e.getMessage());
        }
        REGISTERED.put(loader, registered);
        return registered.repeat(loader, elements);
    }

    private static Map<TypedSection<?>, TypedSection<?>> run(RuntimeState state, ClassLoader loader,
            List<Path> elements) {
        Problems problems = new Problems();
        Discovery discovery = new Discovery(state.options.index(), ScanCache.OFF, state.options.packages(), problems);
        // Why the loader's own URLs when no path is given: register(loader) then works from the loader alone,
        // including one whose entries are nested in a jar (Spring Boot's), which no Path can name.
        Declarations scan = elements.isEmpty() ? discovery.discover(classPathOf(loader))
                : discovery.discover(elements);
        return new PluginRegistration(state, loader, problems).run(withDeclarations(scan, state.declarations));
    }

    /**
     * A loader's own class path: a {@code URLClassLoader}'s URLs, else what ClassGraph's class-loader
     * handlers find. Why it must not come back empty in silence: the plugin's registrations would vanish.
     */
    private static java.net.URL[] classPathOf(ClassLoader loader) {
        if (loader instanceof java.net.URLClassLoader urlLoader) {
            return urlLoader.getURLs();
        }
        java.net.URL[] urls;
        String why = "ClassGraph knows no way to ask it";
        try {
            urls = LoaderClassPath.of(loader);
        } catch (RuntimeException | LinkageError e) { // Why: e.g. a module-path launch without jdk.unsupported.
            urls = new java.net.URL[0];
            why = "ClassGraph could not ask it ("
                    + dev.premain.agent.internal.problem.Failure.describe(e).split("\n", 2)[0] + ")";
        }
        if (urls.length == 0) {
            throw new IllegalStateException("Premain cannot find the class path of class loader '" + loader
                    + "' (" + loader.getClass().getName() + "): it is no URLClassLoader, and " + why + "."
                    + " Nothing was registered. Pass the jars or directories it loads from:"
                    + " Premain.register(loader, paths...).");
        }
        return urls;
    }

    private static List<Path> normalized(Path[] classPath) {
        Set<Path> elements = new LinkedHashSet<>();
        for (Path path : classPath) {
            elements.add(path.toAbsolutePath().normalize());
        }
        return new ArrayList<>(elements);
    }

    /** The plugin's scan plus the sections sealed before main, so contributions to them validate. */
    private static Declarations withDeclarations(Declarations scan, List<DeclaredSection> sealed) {
        List<DeclaredSection> sections = new ArrayList<>(sealed);
        sections.addAll(scan.sections());
        return new Declarations(scan.ctors(), scan.dtors(), sections, scan.contributions());
    }

    /** How a loader's one registration ended. */
    private record Registered(List<Path> classPath, Map<TypedSection<?>, TypedSection<?>> copies, String report) {
        static Registered success(List<Path> classPath, Map<TypedSection<?>, TypedSection<?>> copies) {
            return new Registered(classPath, Map.copyOf(copies), null);
        }

        static Registered failure(List<Path> classPath, String report) {
            return new Registered(classPath, null, report);
        }

        Map<TypedSection<?>, TypedSection<?>> repeat(ClassLoader loader, List<Path> requested) {
            if (!requested.equals(classPath)) {
                throw new IllegalStateException("Class loader '" + loader + "' was registered before, with class"
                        + " path " + classPath + ", and cannot be registered again with " + requested + ": its ctors"
                        + " ran once and must not run again. Register a plugin's whole class path in one call, or"
                        + " load the other jars with a new class loader.");
            }
            if (report != null) {
                throw new IllegalStateException(report);
            }
            return copies;
        }
    }
}
