package dev.premain.agent.internal.discovery.cache;

import dev.premain.agent.internal.options.CacheLocation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.agent.internal.IndexRecords;
import dev.premain.agent.internal.Reported;
import dev.premain.agent.internal.discovery.index.IndexWriter;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-jar scan results kept between starts: hits, misses, corrupt files and unwritable directories. */
public class ScanCacheTest {
    private final Problems problems = new Problems();
    private static final JarIdentity IDENTITY = new JarIdentity(1234, 1_700_000_000_000L, 0xcafebabeL);
    private static final String SCOPE = "";

    @TempDir
    public Path work;

    @Test
    public void aPutIsReadBackForItsJar() {
        ScanCache cache = new ScanCache(work.resolve("cache"), problems);
        Path jar = Path.of(IndexRecords.LOCATION);

        cache.put(jar, IDENTITY, SCOPE, IndexRecords.all());

        assertEquals(Optional.of(IndexRecords.all()), cache.get(jar, IDENTITY, SCOPE));
        assertEquals(List.of(), problems.all());
    }

    @Test
    public void eachJarHasItsOwnEntryAndItsOwnLocation() {
        ScanCache cache = new ScanCache(work.resolve("cache"), problems);
        Path a = work.resolve("a.jar");
        Path b = work.resolve("b.jar");
        Declarations forA = result(a, "a.A");
        Declarations forB = result(b, "b.B");

        cache.put(a, IDENTITY, SCOPE, forA);
        cache.put(b, IDENTITY, SCOPE, forB);

        assertEquals(Optional.of(forA), cache.get(a, IDENTITY, SCOPE));
        assertEquals(Optional.of(forB), cache.get(b, IDENTITY, SCOPE));
        assertEquals(Optional.empty(), cache.get(work.resolve("c.jar"), IDENTITY, SCOPE));
    }

    @Test
    public void theFileIsTheIdentityLineThenTheIndexText() throws IOException {
        Path directory = work.resolve("cache");
        new ScanCache(directory, problems).put(work.resolve("a.jar"), IDENTITY, SCOPE, IndexRecords.all());

        assertEquals("premain-cache 1 1234 1700000000000 - 3405691582\n"
                + IndexWriter.write(IndexRecords.all().declaringClasses(), IndexRecords.all()), Files.readString(only(directory)));
    }

    @Test
    public void aChangedIdentityOrScopeIsAMiss() {
        ScanCache cache = new ScanCache(work.resolve("cache"), problems);
        Path jar = work.resolve("a.jar");
        cache.put(jar, IDENTITY, SCOPE, result(jar, "a.A"));

        assertEquals(Optional.empty(), cache.get(jar, new JarIdentity(1235, IDENTITY.modified(), 0xcafebabeL), SCOPE));
        assertEquals(Optional.empty(), cache.get(jar, new JarIdentity(1234, IDENTITY.modified() + 1, 0xcafebabeL),
                SCOPE));
        assertEquals(Optional.empty(), cache.get(jar, new JarIdentity(1234, IDENTITY.modified(), 0xcafebabfL), SCOPE));
        assertEquals(Optional.empty(), cache.get(jar, IDENTITY, "com.acme"));
        assertEquals(List.of(), problems.all());
    }

    @Test
    public void aLaterPutReplacesTheEntry() {
        ScanCache cache = new ScanCache(work.resolve("cache"), problems);
        Path jar = work.resolve("a.jar");
        JarIdentity changed = new JarIdentity(99, 1, 2);
        cache.put(jar, IDENTITY, SCOPE, result(jar, "a.A"));

        cache.put(jar, changed, SCOPE, result(jar, "a.B"));

        assertEquals(Optional.of(result(jar, "a.B")), cache.get(jar, changed, SCOPE));
        assertEquals(Optional.empty(), cache.get(jar, IDENTITY, SCOPE));
    }

    @Test
    public void aCorruptFileIsOneNoticeAndAMiss() throws IOException {
        Path directory = work.resolve("cache");
        ScanCache cache = new ScanCache(directory, problems);
        Path jar = work.resolve("a.jar");
        cache.put(jar, IDENTITY, SCOPE, result(jar, "a.A"));
        Path file = only(directory);
        Files.writeString(file, Files.readString(file).replace("a.A", "a.X"));

        assertEquals(Optional.empty(), cache.get(jar, IDENTITY, SCOPE));
        assertEquals(List.of(Reported.warning("Scan cache file '" + file + "' is corrupt (its checksum does"
                + " not match its content). '" + jar + "' is scanned again and the file rewritten.")), Reported.of(problems.all()));
    }

    @Test
    public void aTruncatedFileIsCorrupt() throws IOException {
        Path directory = work.resolve("cache");
        Path jar = work.resolve("a.jar");
        new ScanCache(directory, problems).put(jar, IDENTITY, SCOPE, result(jar, "a.A"));
        Path file = only(directory);
        String text = Files.readString(file);
        ScanCache inChecksum = new ScanCache(directory, problems);
        ScanCache inHeader = new ScanCache(directory, problems);

        Files.writeString(file, text.substring(0, text.length() - 10));
        assertEquals(Optional.empty(), inChecksum.get(jar, IDENTITY, SCOPE));
        Files.writeString(file, text.substring(0, 60));
        assertEquals(Optional.empty(), inHeader.get(jar, IDENTITY, SCOPE));

        assertEquals(List.of(Reported.warning("Scan cache file '" + file + "' is corrupt (its checksum does"
                + " not match its content). '" + jar + "' is scanned again and the file rewritten."),
                Reported.warning("Scan cache file '" + file + "' is corrupt (it does not start"
                + " with 'premain-index 1'). '" + jar + "' is scanned again and the file rewritten.")),
                Reported.of(problems.all()));
    }

    @Test
    public void aFileFromAnotherFormatVersionIsASilentMiss() throws IOException {
        Path directory = work.resolve("cache");
        ScanCache cache = new ScanCache(directory, problems);
        Path jar = work.resolve("a.jar");
        cache.put(jar, IDENTITY, SCOPE, result(jar, "a.A"));
        Path file = only(directory);
        Files.writeString(file, Files.readString(file).replace("premain-cache 1 ", "premain-cache 2 "));

        assertEquals(Optional.empty(), cache.get(jar, IDENTITY, SCOPE));
        assertEquals(List.of(), problems.all());
    }

    @Test
    public void manyCorruptFilesGiveOnlyTheFirstNotice() throws IOException {
        Path directory = work.resolve("cache");
        ScanCache writer = new ScanCache(directory, problems);
        for (int i = 0; i < 5; i++) {
            Path jar = work.resolve(i + ".jar");
            writer.put(jar, IDENTITY, SCOPE, result(jar, "a.A"));
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.writeString(file, Files.readString(file).replace("checksum ", "checksum 0"));
            }
        }
        ScanCache cache = new ScanCache(directory, problems);

        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), cache.get(work.resolve(i + ".jar"), IDENTITY, SCOPE));
        }
        assertEquals(1, problems.all().size());
        assertTrue(problems.all().get(0).text().endsWith("(its checksum does not match its content). '"
                + work.resolve("0.jar") + "' is scanned again and the file rewritten."), problems.all().toString());
    }

    @Test
    public void aRegularFileWhereTheDirectoryShouldBeIsOneNotice() throws IOException {
        Path directory = Files.writeString(work.resolve("cache"), "a file, not a directory");
        ScanCache cache = new ScanCache(directory, problems);
        Path jar = work.resolve("a.jar");

        cache.put(jar, IDENTITY, SCOPE, result(jar, "a.A"));
        cache.put(work.resolve("b.jar"), IDENTITY, SCOPE, result(jar, "a.A"));

        assertEquals(Optional.empty(), cache.get(jar, IDENTITY, SCOPE));
        assertEquals(List.of(Reported.warning("The scan cache in '" + directory
                + "' cannot be written (java.nio.file.FileAlreadyExistsException: " + directory + "). Later starts scan again."
                + " Make it writable, or set the option cache=DIR or cache=off.")), Reported.of(problems.all()));
        assertEquals("a file, not a directory", Files.readString(directory));
    }

    @Test
    public void aMissingDirectoryIsCreated() {
        Path directory = work.resolve("deep/er/cache");
        ScanCache cache = new ScanCache(directory, problems);
        Path jar = work.resolve("a.jar");

        cache.put(jar, IDENTITY, SCOPE, result(jar, "a.A"));

        assertEquals(Optional.of(result(jar, "a.A")), cache.get(jar, IDENTITY, SCOPE));
    }

    @Test
    public void offAlwaysMissesAndNeverWrites() {
        Path jar = work.resolve("a.jar");

        ScanCache.OFF.put(jar, IDENTITY, SCOPE, result(jar, "a.A"));

        assertEquals(Optional.empty(), ScanCache.OFF.get(jar, IDENTITY, SCOPE));
        assertEquals(Optional.empty(), ScanCache.OFF.read("anything.cache"));
        
    }

    @Test
    public void writesLeaveNoTemporaryFilesBehind() throws IOException {
        Path directory = work.resolve("cache");
        ScanCache cache = new ScanCache(directory, problems);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                Path jar = work.resolve(j + ".jar");
                cache.put(jar, new JarIdentity(i, i, i), SCOPE, result(jar, "a.A" + i));
            }
        }

        try (Stream<Path> files = Files.list(directory)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(3, names.size(), names.toString());
            assertTrue(names.stream().allMatch(n -> n.matches("[0-9a-f]{9,16}\\.cache")), names.toString());
        }
    }

    @Test
    public void theDefaultDirectoryIsUnderTheUsersCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");

        assertEquals(base.resolve("premain"), CacheLocation.defaultDirectory());
        assertFalse(CacheLocation.defaultDirectory().toString().isEmpty());
    }

    /** One ctor of {@code className}, found in {@code jar}. */
    public static Declarations result(Path jar, String className) {
        return new Declarations(List.of(new DeclaredMethod(className, "init", "()V", 8, 0, List.of(), jar.toString())),
                List.of(), List.of(), List.of());
    }

    private static Path only(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }
}
