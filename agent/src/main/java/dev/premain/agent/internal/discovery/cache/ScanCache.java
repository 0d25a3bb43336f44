package dev.premain.agent.internal.discovery.cache;

import dev.premain.agent.internal.discovery.index.IndexCodec;
import dev.premain.agent.internal.discovery.index.IndexFormatException;
import dev.premain.agent.internal.discovery.index.IndexReader;
import dev.premain.agent.internal.discovery.index.IndexWriter;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Per-jar scan results kept between starts, so only the first start pays for scanning a jar
 * without an index. Safe when several JVMs start at once: each file is written to a temporary name
 * and moved into place atomically, and a half-written or corrupt file fails its checksum and is
 * ignored. Problems never fail the launch; they give one notice each.
 */
public final class ScanCache {
    public static final ScanCache OFF = new ScanCache(null, null);
    private static final String HEADER = "premain-cache 1 ";

    private final Path directory;
    private final Problems problems;
    private boolean noticed;

    /**
     * @param directory where cache files live, or {@code null} for no caching
     * @param problems where notices go; may be {@code null} only when {@code directory} is
     */
    public ScanCache(Path directory, Problems problems) {
        this.directory = directory;
        this.problems = problems;
    }

    public Optional<Declarations> get(Path jar, JarIdentity identity, String scope) {
        String name = fileFor(jar, scope);
        Optional<String> text = read(name);
        String expected = HEADER + identity.asText() + "\n";
        if (text.isEmpty() || !text.get().startsWith(expected)) {
            return Optional.empty(); // Not cached yet, or the jar changed since: scan it again.
        }
        return parse(name, text.get().substring(expected.length()), jar.toString());
    }

    public void put(Path jar, JarIdentity identity, String scope, Declarations result) {
        write(fileFor(jar, scope), HEADER + identity.asText() + "\n" + IndexWriter.write(result.declaringClasses(), result));
    }

    /** A cache file's text, or empty if caching is off or the file is missing or unreadable. */
    /** Whether results are kept at all ({@code cache=off} keeps none). */
    public boolean isEnabled() {
        return directory != null;
    }

    public Optional<String> read(String fileName) {
        if (directory == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(directory.resolve(fileName), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // Not cached yet, or unreadable: write() says so if it cannot write either.
        }
    }

    /** Parses index text read from a cache file; a corrupt file is a notice and a miss. */
    public Optional<Declarations> parse(String fileName, String indexText, String location) {
        try {
            return Optional.of(IndexReader.read(indexText, location).content());
        } catch (IndexFormatException | RuntimeException e) {
            notice("Scan cache file '" + directory.resolve(fileName) + "'", "is corrupt (" + e.getMessage() + ")",
                    "'" + location + "' is scanned again and the file rewritten.", null);
            return Optional.empty();
        }
    }

    /** Writes a cache file atomically: a temporary file, then a move, so readers never see half a file. */
    public void write(String fileName, String text) {
        if (directory == null) {
            return;
        }
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, fileName, ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            move(temporary, directory.resolve(fileName));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            notice("The scan cache in '" + directory + "'", "cannot be written (" + e + ")",
                    "Later starts scan again.", "Make it writable, or set the option cache=DIR or cache=off.");
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // Nothing more to do: the notice about the cache is already given.
        }
    }

    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String fileFor(Path jar, String scope) {
        String key = jar + "\n" + scope;
        return IndexCodec.checksum(key) + Integer.toHexString(key.hashCode()) + ".cache";
    }

    private void notice(String subject, String rule, String consequence, String fix) {
        if (!noticed) { // Why one: a broken cache directory would otherwise warn once per jar.
            noticed = true;
            problems.add(Problem.warning(ProblemCode.CACHE_UNUSABLE, subject, rule, null, consequence, fix));
        }
    }
}
