package dev.premain.agent.internal.discovery;

import dev.premain.agent.internal.discovery.index.IndexFile;
import dev.premain.agent.internal.discovery.index.IndexFormatException;
import dev.premain.agent.internal.discovery.index.IndexReader;
import dev.premain.agent.internal.model.ScanResult;
import dev.premain.agent.internal.options.IndexMode;
import dev.premain.agent.internal.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads one jar or directory: its indexes, then the pre-filter over every class no index covers. */
public final class ElementReader {
    public static final String INDEX_DIRECTORY = "META-INF/premain/index/";

    private final ElementContent content;
    private final IndexMode mode;
    private final Scope inScope;
    private final List<Problem> problems;

    public ElementReader(ElementContent content, IndexMode mode, Scope inScope, List<Problem> problems) {
        this.content = content;
        this.mode = mode;
        this.inScope = inScope;
        this.problems = problems;
    }

    public void read() throws IOException {
        if (Files.isDirectory(content.path)) {
            try (Stream<Path> files = Files.walk(content.path)) {
                List<String> names = files.filter(Files::isRegularFile)
                        .map(f -> content.path.relativize(f).toString().replace('\\', '/')).sorted().toList();
                read(names, name -> Files.readAllBytes(content.path.resolve(name)));
            }
        } else {
            try (ZipFile jar = new ZipFile(content.path.toFile())) {
                List<String> names = new ArrayList<>();
                for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    names.add(e.nextElement().getName());
                }
                read(names, name -> {
                    try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
                        return in.readAllBytes();
                    }
                });
            }
        }
    }

    private void read(List<String> entries, EntryBytes bytes) throws IOException {
        if (mode == IndexMode.ONLY && !hasIndex(entries)) {
            content.cacheable = false;
            return; // Why: index=only reads nothing else, so a jar without an index needs no more work.
        }
        Set<String> classes = new HashSet<>();
        for (String entry : entries) {
            if (entry.endsWith(".class") && !entry.startsWith("META-INF/") && !entry.endsWith("module-info.class")) {
                classes.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
            }
        }
        Set<String> covered = mode == IndexMode.OFF ? Set.of() : readIndexes(entries, classes, bytes);
        int scanned = 0;
        if (mode != IndexMode.ONLY) {
            for (String name : classes) {
                if (!covered.contains(name) && inScope.contains(name)) {
                    scanned++;
                    if (ClassFileFilter.mentionsPremain(bytes.read(name.replace('.', '/') + ".class"))) {
                        content.candidates.add(name);
                    }
                }
            }
        }
        // Why: caching a jar pays only when it had classes to read; its own index is as cheap as a cache file.
        content.cacheable &= scanned > 0;
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
        Set<String> covered = new HashSet<>();
        for (String entry : entries) {
            if (entry.startsWith(INDEX_DIRECTORY) && entry.endsWith(".idx")) {
                IndexFile index = trusted(entry, new String(bytes.read(entry), StandardCharsets.UTF_8), classes);
                if (index != null && overlaps(entry, index, covered)) {
                    return Set.of(); // Why: two indexes for one class means one is left over from an old build.
                }
                if (index != null) {
                    covered.addAll(index.covers());
                    content.add(inScope(index.content()));
                }
            }
        }
        return covered;
    }

    /** The parsed index, or {@code null} after reporting why it cannot be trusted. */
    private IndexFile trusted(String entry, String text, Set<String> classes) {
        String where = "Index '" + entry + "' in '" + content.path + "'";
        try {
            IndexFile index = IndexReader.read(text, content.path.toString());
            if (classes.containsAll(index.covers())) {
                return index;
            }
            for (String name : new java.util.TreeSet<>(index.covers())) { // Why sorted: name the same class each run.
                if (!classes.contains(name)) {
                    return untrusted(where + " is stale: it lists class '" + name + "', which is not there. The"
                            + " index is ignored and the classes are scanned instead. Rebuild the jar so the index"
                            + " matches its classes.");
                }
            }
            return index;
        } catch (IndexFormatException e) {
            return untrusted(where + " cannot be trusted: " + e.getMessage() + ". The index is ignored and the"
                    + " classes are scanned instead. Rebuild the jar with the Premain annotation processor; never"
                    + " edit an index by hand.");
        }
    }

    private boolean overlaps(String entry, IndexFile index, Set<String> covered) {
        for (String name : new java.util.TreeSet<>(index.covers())) {
            if (covered.contains(name)) {
                untrusted("Index '" + entry + "' in '" + content.path + "' is stale: class '" + name + "' is also"
                        + " listed by another index there, so one of them is left over from an earlier build. The"
                        + " indexes are ignored and the classes are scanned instead. Clean the build output and"
                        + " rebuild.");
                content.ctors.clear();
                content.dtors.clear();
                content.sections.clear();
                content.contributions.clear();
                return true;
            }
        }
        return false;
    }

    private IndexFile untrusted(String message) {
        problems.add(Problem.error(message));
        content.cacheable = false;
        return null;
    }

    /** The index's entries in scope; all of them unless packages are restricted (our own never are in one). */
    private ScanResult inScope(ScanResult index) {
        if (!inScope.isRestricted()) {
            return index; // Why first: the default path must not pay for the streams below.
        }
        return new ScanResult(
                index.ctors().stream().filter(m -> inScope.contains(m.className())).toList(),
                index.dtors().stream().filter(m -> inScope.contains(m.className())).toList(),
                index.sections().stream().filter(s -> inScope.contains(s.holder())).toList(),
                index.contributions().stream().filter(c -> inScope.contains(c.className())).toList(), List.of());
    }

    /** Reads an entry's bytes by its path inside the element. */
    @FunctionalInterface
    private interface EntryBytes {
        byte[] read(String entry) throws IOException;
    }
}
