package dev.premain.agent.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Per-jar scan results kept between starts, so only the first start pays for scanning a jar
 * without an index. Safe when several JVMs start at once: each file is written to a temporary name
 * and moved into place atomically, and a half-written or corrupt file fails its checksum and is
 * ignored. Problems never fail the launch; they give one notice each.
 */
final class ScanCache {
    static final ScanCache OFF = new ScanCache(null);
    private static final String HEADER = "premain-cache 1 ";

    private final Path directory;
    private final List<Problem> notices = new ArrayList<>();

    /** @param directory where cache files live, or {@code null} for no caching */
    ScanCache(Path directory) {
        this.directory = directory;
    }

    /** The default location: {@code $XDG_CACHE_HOME/premain}, else {@code ~/.cache/premain}. */
    static Path defaultDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("premain");
    }

    Optional<ScanResult> get(Path jar, JarIdentity identity, String scope) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = fileFor(jar, scope);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // Not cached yet, or unreadable: put() says so if it cannot write either.
        }
        String expected = HEADER + identity.asText() + "\n";
        if (!text.startsWith(expected)) {
            return Optional.empty(); // The jar changed since it was cached: scan it again.
        }
        try {
            return Optional.of(IndexReader.read(text.substring(expected.length()), jar.toString()).content());
        } catch (IndexFormatException | RuntimeException e) {
            notice("Ignoring the corrupt scan cache file '" + file + "' (" + e.getMessage() + "); '" + jar
                    + "' is scanned again and the file rewritten.");
            return Optional.empty();
        }
    }

    void put(Path jar, JarIdentity identity, String scope, ScanResult result) {
        if (directory == null) {
            return;
        }
        Path file = fileFor(jar, scope);
        String text = HEADER + identity.asText() + "\n" + IndexWriter.write(Set.of(), result);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            move(temporary, file);
        } catch (IOException | RuntimeException e) {
            notice("Cannot write the scan cache in '" + directory + "' (" + e + "); later starts scan again."
                    + " Make it writable, or set the option cache=DIR or cache=off.");
        }
    }

    List<Problem> notices() {
        return List.copyOf(notices);
    }

    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path fileFor(Path jar, String scope) {
        String key = jar + "\n" + scope;
        return directory.resolve(IndexCodec.checksum(key) + Integer.toHexString(key.hashCode()) + ".cache");
    }

    private void notice(String message) {
        if (notices.isEmpty()) { // Why one: a broken cache directory would otherwise warn once per jar.
            notices.add(Problem.warning(message));
        }
    }
}
