package dev.premain.agent.internal.discovery;

import dev.premain.agent.internal.discovery.cache.CachedElement;
import dev.premain.agent.internal.discovery.cache.ClassPathIndex;
import dev.premain.agent.internal.discovery.cache.ClassPathCache;
import dev.premain.agent.internal.discovery.cache.JarIdentity;
import dev.premain.agent.internal.discovery.cache.ScanCache;
import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.options.IndexMode;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scan phase: reads build-time indexes, reuses the class-path index and cached results,
 * pre-filters the remaining class files by their bytes, and parses only the few that mention
 * Premain, with ASM, from the bytes already read. Nothing of ASM is loaded when nothing is flagged.
 */
public final class Discovery {
    private static final String SCAN_CACHE = "the scan cache";
    private final IndexMode indexMode;
    private final ScanCache cache;
    private final Scope inScope;
    private final String scope;
    private final Problems problems;
    private final List<ElementScan> elements = new ArrayList<>();
    private final Set<Path> visited = new HashSet<>();
    private final Map<String, String> cachedLocations = new HashMap<>();
    private final ClassPathIndex classPathIndex;
    private final Map<Path, JarIdentity> identities = new HashMap<>();

    /**
     * @param indexMode whether to read indexes, and whether to scan what they do not cover
     * @param cache the scan cache, or {@link ScanCache#OFF}
     * @param packages the packages to scan, or none for all
     * @param problems where problems with the class path go
     */
    public Discovery(IndexMode indexMode, ScanCache cache, List<String> packages, Problems problems) {
        this(indexMode, cache, ClassPathIndex.NONE, packages, problems);
    }

    /**
     * @param classPathIndex the build-time class-path index, or {@link ClassPathIndex#NONE}; consulted
     *     for each jar the whole-class-path cache does not serve, before the per-jar cache
     */
    public Discovery(IndexMode indexMode, ScanCache cache, ClassPathIndex classPathIndex, List<String> packages,
            Problems problems) {
        this.indexMode = indexMode;
        this.classPathIndex = classPathIndex;
        this.cache = cache;
        this.inScope = new Scope(packages);
        this.scope = String.join(":", packages);
        this.problems = problems;
    }

    /**
     * Finds everything on the class path.
     *
     * @param declared the declared entries; jars' {@code Class-Path} manifests are followed, but only
     *     when the whole-class-path cache misses, since that means opening every jar
     * @return everything declared, first copy of each class only, as the JVM loads it
     */
    public Declarations discover(List<Path> declared) {
        // Why no key without a cache: it stats every entry, and storing would render every element's records.
        String key = cache.isEnabled() ? ClassPathCache.key(declared, scope, indexMode) : null;
        ClassPathCache whole = new ClassPathCache(cache);
        Optional<List<CachedElement>> cached = key == null ? Optional.empty() : whole.get(key);
        if (cached.isPresent()) {
            for (CachedElement element : cached.get()) { // Why first: one file read instead of opening every jar.
                if (element.indexed()) {
                    readIndexed(element); // Why again: a cache file never vouches for an index's records.
                } else {
                    elements.add(ElementScan.cached(element.path(), element.location(), element.declared()));
                    if (!element.declared().isEmpty()) {
                        cachedLocations.put(element.location(), SCAN_CACHE);
                    }
                }
            }
            return new FirstCopyWins(problems).keep(elements);
        }
        int before = problems.size(); // Why after the lookup: a corrupt cache file is no class-path problem.
        List<Path> classPath = ClassPathElements.expand(declared, classPathIndex == ClassPathIndex.NONE
                || indexMode != IndexMode.PREFER ? null : new IndexedManifests());
        visitAll(classPath);
        report(classPath.size());
        classPathIndex.report();
        boolean clean = problems.size() == before;
        List<CachedElement> found = new ArrayList<>();
        for (ElementScan element : elements) {
            if (element.cacheable()) {
                cache.put(element.path(), element.identity(), scope, element.found());
            }
            boolean indexed = !element.indexEntries().isEmpty();
            found.add(new CachedElement(element.path(), indexed ? Declarations.NONE : element.found(),
                    element.indexEntries(), element.location()));
        }
        if (key != null && clean) {
            whole.put(key, classPath, found); // Why only then: a class path with problems must be looked at again.
        }
        return new FirstCopyWins(problems).keep(elements);
    }

    /**
     * Finds everything on the class path of a launcher's class loader (Spring Boot's), whose entries
     * are URLs: plain files and directories, or entries nested in the launched jar. Not cached: the
     * nested entries have no file of their own to key a cache entry by.
     *
     * @param urls the loader's class path, in order
     * @return everything declared, first copy of each class only
     */
    public Declarations discover(URL[] urls) {
        List<Path> files = cacheKeyFiles(urls);
        // Why the URLs in the scope: one jar's stat line keys every entry nested in it.
        String key = files == null || !cache.isEnabled() ? null
                : ClassPathCache.key(files, scope + " " + java.util.Arrays.toString(urls), indexMode);
        ClassPathCache whole = new ClassPathCache(cache);
        Optional<List<CachedElement>> cached = key == null ? Optional.empty() : whole.get(key);
        if (cached.isPresent()) {
            for (CachedElement element : cached.get()) {
                elements.add(ElementScan.cached(element.path(), element.location(), element.declared()));
                if (!element.declared().isEmpty()) {
                    cachedLocations.put(element.location(), SCAN_CACHE); // Why: checked as any cache hit is.
                }
            }
            return new FirstCopyWins(problems).keep(elements);
        }
        int before = problems.size();
        try (NestedReader nested = new NestedReader(indexMode, inScope, problems)) {
            for (URL url : urls) {
                visitUrl(url, nested);
            }
            report(urls.length);
        }
        if (key != null && problems.size() == before) {
            List<CachedElement> found = new ArrayList<>();
            for (ElementScan element : elements) {
                found.add(new CachedElement(element.path(), element.found(), List.of(), element.location()));
            }
            whole.put(key, files, found);
        }
        return new FirstCopyWins(problems).keep(elements);
    }

    /**
     * The files whose stat lines key a launcher's class path: each outer jar once, and each plain jar;
     * {@code null} if an entry is a directory or anything else no stat line can vouch for.
     */
    private static List<Path> cacheKeyFiles(URL[] urls) {
        Set<Path> files = new java.util.LinkedHashSet<>();
        for (URL url : urls) {
            NestedEntry nested = NestedEntry.of(url);
            if (nested != null) {
                files.add(nested.outer());
            } else if ("file".equals(url.getProtocol()) && url.getPath().endsWith(".jar")) {
                files.add(Path.of(url.getPath()));
            } else {
                return null;
            }
        }
        return new ArrayList<>(files);
    }

    private void visitUrl(URL url, NestedReader nested) {
        NestedEntry entry = NestedEntry.of(url);
        try {
            if (entry != null) {
                elements.add(nested.read(entry));
            } else if ("file".equals(url.getProtocol())) {
                visit(Path.of(url.toURI()));
            } else {
                throw new IOException("not a file, nor an entry nested in a jar");
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            problems.add(Problem.warning(ProblemCode.ENTRY_UNREADABLE, "Class-path entry '" + url + "'",
                    "cannot be read (" + e + ")", null, "Nothing is scanned from it.", "Report it, with the"
                    + " launcher that built this class path."));
        }
    }

    /**
     * The entries whose records came from a hint (a scan cache, whole-class-path or per-jar, or the
     * class-path index), each with how a message names that hint. Analysis checks every such record
     * against its class file; the name only lets a refusal say where the record came from.
     */
    public Map<String, String> cachedLocations() {
        return Map.copyOf(cachedLocations);
    }

    /**
     * Scans a class path for the build-time class-path index: every jar that has no complete index of
     * its own, with what it declares. Nothing is cached, and nothing is merged across entries.
     *
     * @param declared the declared entries; manifests' {@code Class-Path} entries are followed
     * @return the jars, in class-path order
     */
    public List<ClassPathIndex.Described> describeJars(List<Path> declared) {
        visitAll(ClassPathElements.expand(declared));
        List<ClassPathIndex.Described> jars = new ArrayList<>();
        for (ElementScan element : elements) {
            if (element.identity() != null && element.indexEntries().isEmpty()) {
                jars.add(new ClassPathIndex.Described(element.path().getFileName().toString(), element.identity(),
                        element.found(), ClassPathElements.manifestClassPath(element.path())));
            }
        }
        return jars;
    }

    private void report(int entries) {
        int candidates = 0;
        for (ElementScan element : elements) {
            candidates += element.candidates().size();
            Diagnostics.debug("'" + element.path() + "': " + element.found().ctors().size() + " ctors, "
                    + element.found().sections().size() + " sections, " + element.found().contributions().size()
                    + " contributions from its index or cache, " + element.candidates().size() + " classes parsed");
        }
        Diagnostics.detail("scan: " + entries + " class-path entries read, " + candidates
                + " classes parsed from their class files");
    }

    /** Reads one entry on this thread. */
    private void visit(Path element) {
        visitAll(List.of(element));
    }

    /**
     * Visits every entry: what an index or a cache gives at once, the jars that must be read on
     * every core ({@link ParallelReads}); then results and problems are added in class-path order.
     */
    private void visitAll(List<Path> classPath) {
        List<ElementSlot> slots = new ArrayList<>();
        for (Path element : classPath) {
            slots.add(slotOf(element));
        }
        ParallelReads.run(slots);
        for (ElementSlot slot : slots) {
            for (Problem problem : slot.problems.all()) {
                problems.add(problem);
            }
            if (slot.scan() != null) {
                elements.add(slot.scan());
            }
        }
    }

    private ElementSlot slotOf(Path element) {
        ElementSlot slot = new ElementSlot(element);
        if (!Files.exists(element)) {
            slot.problems.add(Problem.warning(ProblemCode.ENTRY_MISSING, "Class-path entry '" + element + "'",
                    "does not exist", null, "Nothing is scanned from it.", "Fix the class path if it should"
                    + " contribute."));
            return slot;
        }
        try {
            Path real = element.toRealPath();
            if (!visited.add(real)) {
                return slot; // Why: a jar listed twice (or through a link) is one jar; the JVM reads it once.
            }
            if (Files.isDirectory(real)) {
                // Why read now, on this thread: a directory's index reconciliation reports as it goes.
                slot.done(new ElementReader(real, null, indexMode, inScope, slot.problems).read());
            } else {
                jar(real, slot);
            }
        } catch (IOException e) {
            slot.unreadable(e);
        }
        return slot;
    }

    /** An indexed jar named by a whole-class-path cache hit: its indexes are read from it again. */
    private void readIndexed(CachedElement element) {
        Path jar = element.path();
        try {
            elements.add(new ElementReader(jar, JarIdentity.of(jar), indexMode, inScope, problems)
                    .rereadIndexes(element.indexEntries()));
        } catch (IOException e) {
            visit(jar); // Why: it changed since the cache was checked; visiting reports why it is unreadable.
        }
    }

    /**
     * A jar's identity, read once per discovery: by content alone when no scan cache will be asked
     * (the stat calls for times and inode cost a few milliseconds over a long class path).
     */
    private JarIdentity identity(Path jar) throws IOException {
        JarIdentity known = identities.get(jar);
        if (known == null) {
            known = cache.isEnabled() ? JarIdentity.of(jar) : JarIdentity.ofContent(jar);
            identities.put(jar, known);
        }
        return known;
    }

    /** The class-path index's record of each jar's {@code Class-Path}, so expanding the class path opens no jar it knows. */
    private final class IndexedManifests implements ClassPathElements.KnownManifests {
        @Override
        public String classPathOf(Path jar) {
            try {
                return classPathIndex.manifestClassPath(identity(jar));
            } catch (IOException e) {
                return null; // Why: the jar is opened then, and the scan reports why it cannot be read.
            }
        }
    }

    /** A jar, from the class-path index or its cache entry when either describes it as it is, else to read. */
    private void jar(Path jar, ElementSlot slot) throws IOException {
        JarIdentity identity = identity(jar);
        Optional<Declarations> shipped = indexMode != IndexMode.PREFER ? Optional.empty()
                : classPathIndex.get(identity, jar.getFileName().toString(), jar.toString());
        if (shipped.isPresent()) {
            cachedLocations.put(jar.toString(), classPathIndex.describe());
            slot.done(ElementScan.cached(jar, inScope.isRestricted() ? shipped.get().ofClasses(inScope::contains)
                    : shipped.get())); // Why filtered: the index is built for the whole class path.
            return;
        }
        Optional<Declarations> cached = indexMode == IndexMode.ONLY ? Optional.empty() : cache.get(jar, identity, scope);
        if (cached.isPresent()) {
            cachedLocations.put(jar.toString(), SCAN_CACHE);
            slot.done(ElementScan.cached(jar, cached.get()));
            return;
        }
        slot.toRead(new ElementReader(jar, identity, indexMode, inScope, slot.problems));
    }
}
