package dev.premain.agent.internal.discovery;

import dev.premain.agent.internal.discovery.cache.ClassPathCache;
import dev.premain.agent.internal.discovery.cache.JarIdentity;
import dev.premain.agent.internal.discovery.cache.ScanCache;
import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.model.ScanResult;
import dev.premain.agent.internal.options.IndexMode;
import dev.premain.agent.internal.problem.Failure;
import dev.premain.agent.internal.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The scan phase: reads build-time indexes, reuses cached results, pre-filters the remaining class
 * files by their bytes, and asks ClassGraph to parse only the few that mention Premain. ClassGraph
 * is not even loaded when nothing needs parsing.
 */
public final class Discovery {
    private final IndexMode indexMode;
    private final ScanCache cache;
    private final Scope inScope;
    private final String scope;
    private final List<Problem> problems = new ArrayList<>();
    private final List<ElementContent> elements = new ArrayList<>();
    private final Set<Path> visited = new HashSet<>();

    public Discovery(IndexMode indexMode, ScanCache cache, List<String> packages) {
        this.indexMode = indexMode;
        this.cache = cache;
        this.inScope = new Scope(packages);
        this.scope = String.join(":", packages);
    }

    /**
     * Finds everything on the class path.
     *
     * @param declared the declared entries; jars' {@code Class-Path} manifests are followed, but only
     *     when the whole-class-path cache misses, since that means opening every jar
     */
    public ScanResult discover(List<Path> declared) {
        String key = ClassPathCache.key(declared, scope, indexMode);
        ClassPathCache whole = new ClassPathCache(cache);
        Optional<List<ElementContent>> cached = key == null ? Optional.empty() : whole.get(key);
        if (cached.isPresent()) {
            elements.addAll(cached.get()); // Why first: one file read instead of opening every jar.
            return merged();
        }
        List<Path> classPath = ClassPathElements.expand(declared);
        for (Path element : classPath) {
            visit(element);
        }
        int candidates = 0;
        for (ElementContent element : elements) {
            candidates += element.candidates.size();
            Diagnostics.debug("'" + element.path + "': " + element.ctors.size() + " ctors, " + element.sections.size()
                    + " sections, " + element.contributions.size() + " contributions from its index or cache, "
                    + element.candidates.size() + " classes to parse");
        }
        Diagnostics.detail("scan: " + classPath.size() + " class-path entries read, " + candidates
                + " classes left to parse with ClassGraph");
        parseCandidates();
        for (ElementContent element : elements) {
            if (element.cacheable) {
                cache.put(element.path, element.identity, scope, element.asScanResult());
            }
        }
        if (key != null && problems.isEmpty()) {
            whole.put(key, classPath, elements); // Why only then: a class path with problems must be looked at again.
        }
        problems.addAll(cache.notices());
        return merged();
    }

    private void visit(Path element) {
        if (!Files.exists(element)) {
            problems.add(Problem.warning("Class-path entry '" + element + "' does not exist. Nothing is scanned from"
                    + " it. Fix the class path if it should contribute."));
            return;
        }
        try {
            Path real = element.toRealPath();
            if (!visited.add(real)) {
                return; // Why: a jar listed twice (or through a link) is one jar; the JVM reads it once.
            }
            ElementContent content = Files.isDirectory(real) ? new ElementContent(real, null) : cachedOrNew(real);
            if (content != null) {
                new ElementReader(content, indexMode, inScope, problems).read();
                elements.add(content);
            }
        } catch (IOException e) {
            problems.add(Problem.warning("Class-path entry '" + element + "' is not a readable jar (" + e + ")."
                    + " Nothing is scanned from it, and the JVM cannot load classes from it either."
                    + " Rebuild or replace the jar."));
        }
    }

    /** A jar whose cached result is current is added as it is and returns {@code null}. */
    private ElementContent cachedOrNew(Path jar) throws IOException {
        JarIdentity identity = JarIdentity.of(jar);
        Optional<ScanResult> cached = indexMode == IndexMode.ONLY ? Optional.empty() : cache.get(jar, identity, scope);
        if (cached.isPresent()) {
            ElementContent content = new ElementContent(jar, identity);
            content.cacheable = false;
            content.add(cached.get());
            elements.add(content);
            return null;
        }
        return new ElementContent(jar, identity);
    }

    private void parseCandidates() {
        List<Path> withCandidates = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (ElementContent element : elements) {
            if (!element.candidates.isEmpty()) {
                withCandidates.add(element.path);
                names.addAll(element.candidates);
            }
        }
        if (names.isEmpty()) {
            return; // Why return early: ClassGraph costs ~200 ms just to load and start.
        }
        ScanResult parsed;
        try {
            parsed = new ClasspathScanner(withCandidates, names).scan();
        } catch (RuntimeException | LinkageError e) {
            problems.add(scanFailure(withCandidates, e));
            return;
        }
        for (ElementContent element : elements) {
            if (!element.candidates.isEmpty()) {
                element.add(only(parsed, element.path.toString(), element.candidates));
            }
        }
    }

    private static Problem scanFailure(List<Path> elements, Throwable e) {
        String where = " The classes in " + elements + " that mention Premain annotations are not scanned, so their"
                + " ctors and contributions are missing.";
        if (ModuleLayer.boot().findModule("jdk.unsupported").isEmpty()) {
            return Problem.error("Cannot scan class files without an index: the scanner (ClassGraph) needs the module"
                    + " jdk.unsupported, which this module-path launch did not resolve." + where + " Build those jars"
                    + " with the Premain annotation processor, or add --add-modules jdk.unsupported to the java command.");
        }
        return Problem.error("Internal error while scanning class files, please report: " + Failure.describe(e) + where
                + " Build those jars with the Premain annotation processor to avoid scanning them.");
    }

    private static ScanResult only(ScanResult all, String location, Set<String> classes) {
        Predicate<String> mine = new HashSet<>(classes)::contains;
        return new ScanResult(
                all.ctors().stream().filter(m -> mine.test(m.className()) && m.location().equals(location)).toList(),
                all.dtors().stream().filter(m -> mine.test(m.className()) && m.location().equals(location)).toList(),
                all.sections().stream().filter(s -> mine.test(s.holder()) && s.location().equals(location)).toList(),
                all.contributions().stream().filter(c -> mine.test(c.className()) && c.location().equals(location))
                        .toList(), List.of());
    }

    /** Everything found, first copy of each class only, as the JVM loads it. */
    private ScanResult merged() {
        ElementContent all = new ElementContent(Path.of(""), null);
        new FirstCopyWins(problems).keep(elements, all);
        return new ScanResult(all.ctors, all.dtors, all.sections, all.contributions, List.copyOf(problems));
    }
}
