package dev.premain.agent.internal.discovery;

import dev.premain.agent.internal.discovery.cache.JarIdentity;
import dev.premain.agent.internal.discovery.index.IndexFile;
import dev.premain.agent.internal.discovery.index.IndexFormatException;
import dev.premain.agent.internal.discovery.index.IndexReader;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.options.IndexMode;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads one jar or directory: its indexes, then the pre-filter over every class no index covers,
 * and parses each class the pre-filter flags ({@link ClassFileParser}) from the bytes in hand.
 */
final class ElementReader {
    static final String INDEX_DIRECTORY = "META-INF/premain/index/";

    private final Path path;
    private final String location;
    private final boolean directory;
    private final JarIdentity identity;
    private final IndexMode mode;
    private final Scope inScope;
    private final Problems problems;
    // Why mutable here: the reader is one element's builder; only the immutable ElementScan leaves it.
    private Declarations found = Declarations.NONE;
    private final Set<String> candidates = new TreeSet<>();
    private final List<Declarations> parsed = new ArrayList<>();
    private boolean trustworthy = true;
    private final List<String> indexEntries = new ArrayList<>();

    /** @param identity the jar's identity, or {@code null} for a directory */
    ElementReader(Path path, JarIdentity identity, IndexMode mode, Scope inScope, Problems problems) {
        this(path, path.toString(), identity == null, identity, mode, inScope, problems);
    }

    /**
     * @param path the jar or directory; for an entry nested in a jar, that jar
     * @param location what records name as their location (see {@link ElementScan#location()})
     * @param directory whether it is a directory, whose indexes are reconciled ({@link DirectoryIndexes})
     */
    ElementReader(Path path, String location, boolean directory, JarIdentity identity, IndexMode mode, Scope inScope,
            Problems problems) {
        this.path = path;
        this.location = location;
        this.directory = directory;
        this.identity = identity;
        this.mode = mode;
        this.inScope = inScope;
        this.problems = problems;
    }

    ElementScan read() throws IOException {
        int scanned;
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                List<String> names = files.filter(Files::isRegularFile)
                        .map(f -> path.relativize(f).toString().replace('\\', '/')).sorted().toList();
                scanned = readEntries(names, name -> Files.readAllBytes(path.resolve(name)));
            }
        } else {
            try (ZipFile jar = new ZipFile(path.toFile())) {
                java.util.Map<String, ZipEntry> byName = new java.util.HashMap<>();
                List<String> names = new ArrayList<>();
                for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    names.add(entry.getName());
                    byName.putIfAbsent(entry.getName(), entry); // Why first: ZipFile.getEntry gives the first too.
                }
                scanned = readEntries(names, new JarEntries(jar, byName));
            }
        }
        // Why: caching a jar pays only when it had classes to read; its own index is as cheap as a cache file.
        boolean cacheable = identity != null && trustworthy && scanned > 0;
        boolean indexed = identity != null && trustworthy && candidates.isEmpty() && !found.isEmpty();
        return new ElementScan(path, identity, found, Collections.unmodifiableSet(candidates), cacheable,
                indexed ? List.copyOf(indexEntries) : List.of(), location);
    }

    /**
     * Reads an element given as its entry names and their bytes: an entry nested in a jar, which is
     * neither a file nor a directory. Strict as for a jar; never cached per element.
     */
    ElementScan read(List<String> entries, EntryBytes bytes) throws IOException {
        readEntries(entries, bytes);
        return new ElementScan(path, identity, found, Collections.unmodifiableSet(candidates), false, List.of(),
                location);
    }

    /**
     * Reads only the named indexes of a jar that a whole-class-path cache says is unchanged and wholly
     * indexed: each index is parsed again from the jar, and each class it covers looked up in the
     * jar's directory, without listing or reading any other entry. Anything unexpected (a missing
     * index or class, an untrusted or overlapping index) falls back to reading the jar in full, which
     * reports it.
     *
     * @param entries the jar's index entries, as the cache remembers them
     */
    ElementScan rereadIndexes(List<String> entries) throws IOException {
        try (ZipFile jar = new ZipFile(path.toFile())) {
            Set<String> covered = new HashSet<>();
            for (String entry : entries) {
                ZipEntry found = jar.getEntry(entry);
                if (!entry.startsWith(INDEX_DIRECTORY) || found == null) {
                    return readInFull();
                }
                IndexFile index;
                try (InputStream in = jar.getInputStream(found)) {
                    index = IndexReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), location);
                } catch (IndexFormatException e) {
                    return readInFull();
                }
                for (String name : index.covers()) {
                    if (!covered.add(name) || jar.getEntry(name.replace('.', '/') + ".class") == null) {
                        return readInFull();
                    }
                }
                this.found = this.found.plus(inScope(index.content()));
            }
        }
        return new ElementScan(path, identity, found, Set.of(), false, List.copyOf(entries), location);
    }

    private ElementScan readInFull() throws IOException {
        found = Declarations.NONE; // Why: forget what the indexes read so far gave; the full read reads them again.
        return read();
    }

    /** Reads the indexes and pre-filters the rest; returns how many class files it read. */
    private int readEntries(List<String> entries, EntryBytes bytes) throws IOException {
        if (mode == IndexMode.ONLY && !hasIndex(entries)) {
            return 0; // Why: index=only reads nothing else, so a jar without an index needs no more work.
        }
        Set<String> classes = new HashSet<>();
        for (String entry : entries) {
            if (isLoadableClass(entry)) {
                classes.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
            }
        }
        Set<String> covered = mode == IndexMode.OFF ? Set.of() : readIndexes(entries, classes, bytes);
        int scanned = 0;
        if (mode != IndexMode.ONLY) {
            for (String name : classes) {
                if (!covered.contains(name) && inScope.contains(name)) {
                    scanned++;
                    byte[] classFile = bytes.read(name.replace('.', '/') + ".class");
                    if (ClassFileFilter.mentionsPremain(classFile)) {
                        candidates.add(name);
                        parse(name, classFile);
                    }
                }
            }
        }
        found = found.plus(Declarations.concat(parsed));
        parsed.clear();
        return scanned;
    }

    /** Parses a flagged class; one that cannot be parsed is said, never skipped in silence. */
    private void parse(String name, byte[] classFile) {
        try {
            parsed.add(ClassFileParser.parse(classFile, location));
        } catch (RuntimeException | StackOverflowError e) {
            // Why so wide: ASM reports a malformed class file with any runtime exception, and a hostile one can
            // nest annotation values deep enough to exhaust the stack; either way it is this class's problem.
            problems.add(Problem.warning(ProblemCode.CLASS_UNREADABLE, "Class '" + name + "'", "mentions Premain"
                    + " annotations, but its class file cannot be parsed (it may be corrupt, or from a newer Java)",
                    location, "Its ctors and contributions, if it has any, are missing.", "Rebuild the jar; if the"
                    + " JVM cannot load the class either, nothing is lost."));
        }
    }

    /**
     * Whether the JVM could load a class from this entry by its name. Why the dot rule: an entry such
     * as {@code ./com/x/A.class} or {@code lib.v2/A.class} names no class the JVM would look up there
     * (it asks for {@code com/x/A.class}), so it can declare nothing; and its name could not be mapped
     * back to the entry.
     */
    static boolean isLoadableClass(String entry) {
        if (!entry.endsWith(".class") || entry.startsWith("META-INF/") || entry.endsWith("module-info.class")
                || entry.startsWith("/")) {
            return false;
        }
        int stem = entry.length() - ".class".length();
        return stem > 0 && entry.lastIndexOf('.', stem - 1) < 0 && !entry.contains("//");
    }

    private static boolean hasIndex(List<String> entries) {
        for (String entry : entries) {
            if (entry.startsWith(INDEX_DIRECTORY) && entry.endsWith(".idx")) {
                return true;
            }
        }
        return false;
    }

    private Set<String> readIndexes(List<String> entries, Set<String> classes, EntryBytes bytes) throws IOException {
        if (directory) {
            return readDirectoryIndexes(entries, classes, bytes);
        }
        Set<String> covered = new HashSet<>();
        for (String entry : entries) {
            if (entry.startsWith(INDEX_DIRECTORY) && entry.endsWith(".idx")) {
                IndexFile index = trusted(entry, new String(bytes.read(entry), StandardCharsets.UTF_8), classes);
                if (index != null && overlaps(entry, index, covered)) {
                    found = Declarations.NONE;
                    return Set.of(); // Why: two indexes for one class means one is left over from an old build.
                }
                if (index != null) {
                    indexEntries.add(entry);
                    covered.addAll(index.covers());
                    found = found.plus(inScope(index.content()));
                }
            }
        }
        return covered;
    }

    /** A directory's indexes, reconciled with what was recompiled there since (see {@link DirectoryIndexes}). */
    private Set<String> readDirectoryIndexes(List<String> entries, Set<String> classes, EntryBytes bytes)
            throws IOException {
        List<DirectoryIndexes.Read> read = new ArrayList<>();
        for (String entry : entries) {
            if (entry.startsWith(INDEX_DIRECTORY) && entry.endsWith(".idx")) {
                IndexFile index = parsed(entry, new String(bytes.read(entry), StandardCharsets.UTF_8));
                if (index != null) {
                    indexEntries.add(entry);
                    read.add(new DirectoryIndexes.Read(entry, index,
                            Files.getLastModifiedTime(path.resolve(entry)).toMillis()));
                }
            }
        }
        DirectoryIndexes indexes = new DirectoryIndexes(path.toString());
        Declarations reconciled = indexes.reconcile(read, classes);
        found = found.plus(inScope(indexes.verify(reconciled, bytes)));
        indexes.report();
        return indexes.covered();
    }

    /** The parsed index, or {@code null} after reporting why it cannot be trusted. */
    private IndexFile parsed(String entry, String text) {
        try {
            return IndexReader.read(text, location);
        } catch (IndexFormatException e) {
            return untrusted(ProblemCode.INDEX_UNTRUSTED, "Index '" + entry + "' in '" + location + "'", "cannot be"
                    + " trusted: " + e.getMessage(), "Rebuild it with the Premain annotation processor; never edit an"
                    + " index by hand.");
        }
    }

    /** The parsed index, or {@code null} after reporting why it cannot be trusted (stale in a jar, or malformed). */
    private IndexFile trusted(String entry, String text, Set<String> classes) {
        String subject = "Index '" + entry + "' in '" + location + "'";
        try {
            IndexFile index = IndexReader.read(text, location);
            if (classes.containsAll(index.covers())) {
                return index; // Why first: the common case must not pay for sorting.
            }
            for (String name : new TreeSet<>(index.covers())) { // Why sorted: name the same class each run.
                if (!classes.contains(name)) {
                    return untrusted(ProblemCode.INDEX_STALE, subject, "is stale: it lists class '" + name
                            + "', which is not there", "Rebuild the jar so the index matches its classes.");
                }
            }
            return index;
        } catch (IndexFormatException e) {
            return untrusted(ProblemCode.INDEX_UNTRUSTED, subject, "cannot be trusted: " + e.getMessage(),
                    "Rebuild the jar with the Premain annotation processor; never edit an index by hand.");
        }
    }

    private boolean overlaps(String entry, IndexFile index, Set<String> covered) {
        for (String name : new TreeSet<>(index.covers())) {
            if (covered.contains(name)) {
                problems.add(Problem.error(ProblemCode.INDEX_STALE, "Index '" + entry + "' in '" + location + "'",
                        "is stale: class '" + name + "' is also listed by another index there, so one of them is left"
                        + " over from an earlier build", null, "The indexes are ignored and the classes are scanned"
                        + " instead.", "Clean the build output and rebuild."));
                trustworthy = false;
                return true;
            }
        }
        return false;
    }

    private IndexFile untrusted(String code, String subject, String rule, String fix) {
        problems.add(Problem.error(code, subject, rule, null, "The index is ignored and the classes are scanned"
                + " instead.", fix));
        trustworthy = false;
        return null;
    }

    /** The index's entries in scope; all of them unless packages are restricted (our own never are in one). */
    private Declarations inScope(Declarations index) {
        if (!inScope.isRestricted()) {
            return index; // Why first: the default path must not pay for the streams below.
        }
        return index.ofClasses(inScope::contains);
    }

    /** A jar's entries by name, read with their sizes known: no growing buffer, no copy. */
    private static final class JarEntries implements EntryBytes {
        private final ZipFile jar;
        private final java.util.Map<String, ZipEntry> byName;

        JarEntries(ZipFile jar, java.util.Map<String, ZipEntry> byName) {
            this.jar = jar;
            this.byName = byName;
        }

        @Override
        public byte[] read(String name) throws IOException {
            ZipEntry entry = byName.get(name);
            if (entry == null) {
                throw new IOException("no entry " + name);
            }
            long size = entry.getSize();
            try (InputStream in = jar.getInputStream(entry)) {
                if (size < 0 || size > Integer.MAX_VALUE - 8) {
                    return in.readAllBytes();
                }
                byte[] bytes = new byte[(int) size];
                int read = in.readNBytes(bytes, 0, bytes.length);
                // Why check: a size in the central directory is a claim; the bytes are what the JVM reads.
                return read == bytes.length && in.read() < 0 ? bytes : reread(entry);
            }
        }

        private byte[] reread(ZipEntry entry) throws IOException {
            try (InputStream in = jar.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }

    /** Reads one entry's bytes, from a jar or a directory. */
    interface EntryBytes {
        byte[] read(String entry) throws IOException;
    }
}
