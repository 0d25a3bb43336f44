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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /** A cache file larger than this is not read: a million items take about 76 MB. */
    static final long MAX_FILE_BYTES = 1L << 30;
    /** When a write finds more files than this, the least recently written are deleted down to {@link #KEEP}. */
    static final int MAX_FILES = 512;
    static final int KEEP = 384;

    private final Path directory;
    private final Problems problems;
    private boolean noticed;
    private CacheDirectory checked;

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
        if (use() != CacheDirectory.Use.READ_WRITE) {
            return; // Why before rendering: a million items take a second to render for nothing.
        }
        write(fileFor(jar, scope), HEADER + identity.asText() + "\n" + IndexWriter.write(result.declaringClasses(), result));
    }

    /** Whether results are kept at all ({@code cache=off} keeps none). */
    public boolean isEnabled() {
        return use() != CacheDirectory.Use.REFUSED;
    }

    /**
     * A cache file's text, or empty if caching is off or the file is missing or unreadable.
     *
     * @param fileName the file's name in the cache directory
     * @return its text, or empty
     */
    public Optional<String> read(String fileName) {
        if (use() == CacheDirectory.Use.REFUSED) {
            return Optional.empty();
        }
        Path file = directory.resolve(fileName);
        try {
            // Why no links and only regular files of a sane size: a FIFO would hang the launch, a link to
            // /dev/zero would fill the heap; neither is a cache file Premain wrote.
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() > MAX_FILE_BYTES) {
                notice("Scan cache file '" + file + "'", attributes.isRegularFile() ? "is larger than "
                        + (MAX_FILE_BYTES >> 30) + " GB" : "is not a regular file", "It is not read; the jar it"
                        + " belongs to is scanned instead.", attributes.isRegularFile() ? "Delete it." : "Delete it;"
                        + " Premain writes regular files only.");
                return Optional.empty();
            }
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // Not cached yet, or unreadable: write() says so if it cannot write either.
        }
    }

    /** How the directory may be used; decided once, and said once when it is refused. */
    private CacheDirectory.Use use() {
        if (directory == null) {
            return CacheDirectory.Use.REFUSED;
        }
        if (checked == null) {
            checked = CacheDirectory.of(directory);
            if (checked.use() == CacheDirectory.Use.REFUSED) {
                notice("The scan cache directory '" + directory + "'", checked.reason(), "Its files could add or"
                        + " hide contributions, so it is not used: jars without an index are scanned at every"
                        + " start.", "Make it private to you (chmod 700, owned by you), or set the option"
                        + " cache=DIR to a private directory, or cache=off.");
            }
        }
        return checked.use();
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
        if (use() != CacheDirectory.Use.READ_WRITE) {
            return; // Why silent for read-only: a container image ships its cache read-only on purpose.
        }
        Path temporary = null;
        try {
            createPrivately(directory);
            temporary = Files.createTempFile(directory, fileName, ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            move(temporary, directory.resolve(fileName));
            evictOldest();
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            notice("The scan cache in '" + directory + "'", "cannot be written (" + e + ")",
                    "Later starts scan again.", "Make it writable, or set the option cache=DIR or cache=off.");
        }
    }

    /** Creates the directory readable and writable by this user only, where the file system allows it. */
    private static void createPrivately(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(directory);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(directory)) {
                throw e; // Why: a file in its place; only a directory another JVM created first is fine.
            }
        }
    }

    /** Keeps the directory from growing forever: the least recently written files go first. */
    private void evictOldest() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listed = Files.newDirectoryStream(directory, "*.cache")) {
            for (Path file : listed) {
                files.add(file);
            }
        }
        if (files.size() <= MAX_FILES) {
            return;
        }
        long[] ages = new long[files.size()];
        for (int i = 0; i < ages.length; i++) {
            ages[i] = modified(files.get(i));
        }
        long[] sorted = ages.clone();
        Arrays.sort(sorted);
        long cutoff = sorted[files.size() - KEEP]; // Why a cutoff: no comparator class to spin for one sort.
        for (int i = 0; i < ages.length; i++) {
            if (ages[i] < cutoff) {
                Files.deleteIfExists(files.get(i));
            }
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return 0;
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
