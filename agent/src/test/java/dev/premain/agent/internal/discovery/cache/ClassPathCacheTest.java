package dev.premain.agent.internal.discovery.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.agent.internal.IndexRecords;
import dev.premain.agent.internal.Reported;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.options.IndexMode;
import dev.premain.agent.internal.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One cache file for a whole class path of jars: its key, and a round trip of every element's content. */
public class ClassPathCacheTest {
    private final Problems problems = new Problems();
    private static final FileTime TIME = FileTime.fromMillis(1_700_000_000_000L);

    @TempDir
    public Path work;
    private Path a;
    private Path b;

    @BeforeEach
    public void jars() throws IOException {
        a = Files.writeString(work.resolve("a.jar"), "not read, only stat'ed");
        b = Files.writeString(work.resolve("b.jar"), "1234");
        Files.setLastModifiedTime(a, TIME);
        Files.setLastModifiedTime(b, TIME);
    }

    @Test
    public void theKeyListsEveryJarsSizeTimeChangeStampAndPath() throws IOException {
        assertEquals("premain-classpath-cache 2\n"
                + "scope com.acme:org.example PREFER\n"
                + "jar 22 1700000000000 " + stamp(a) + " " + a + "\n"
                + "jar 4 1700000000000 " + stamp(b) + " " + b + "\n"
                + "end\n", ClassPathCache.key(List.of(a, b), "com.acme:org.example", IndexMode.PREFER));
        assertEquals("premain-classpath-cache 2\nscope  OFF\nend\n", ClassPathCache.key(List.of(), "", IndexMode.OFF));
    }

    /** inode/ctime, read independently of the code under test. */
    private static String stamp(Path jar) throws IOException {
        return Files.getAttribute(jar, "unix:ino") + "/"
                + ((java.nio.file.attribute.FileTime) Files.getAttribute(jar, "unix:ctime")).toMillis();
    }

    @Test
    public void aJarRewrittenWithTheSameSizeAndTimeChangesTheKey() throws Exception {
        String before = ClassPathCache.key(List.of(a), "", IndexMode.PREFER);
        Thread.sleep(20); // Why: the status-change time has millisecond resolution at best.
        Files.write(a, Files.readAllBytes(a));
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L));
        assertNotEquals(before, ClassPathCache.key(List.of(a), "", IndexMode.PREFER));
    }

    @Test
    public void theKeyDependsOnOrderScopeAndMode() {
        String key = ClassPathCache.key(List.of(a, b), "", IndexMode.PREFER);

        assertNotEquals(key, ClassPathCache.key(List.of(b, a), "", IndexMode.PREFER));
        assertNotEquals(key, ClassPathCache.key(List.of(a, b), "com.acme", IndexMode.PREFER));
        assertNotEquals(key, ClassPathCache.key(List.of(a, b), "", IndexMode.OFF));
    }

    @Test
    public void noKeyWithADirectoryOrAMissingEntry() throws IOException {
        Path classes = Files.createDirectory(work.resolve("classes"));

        assertNull(ClassPathCache.key(List.of(a, classes), "", IndexMode.PREFER));
        assertNull(ClassPathCache.key(List.of(a, work.resolve("missing.jar")), "", IndexMode.PREFER));
        assertNull(ClassPathCache.key(List.of(work.resolve("missing.jar"), a), "", IndexMode.PREFER));
    }

    @Test
    public void severalElementsRoundTripWithTheirOwnLocations() {
        ClassPathCache cache = new ClassPathCache(new ScanCache(work.resolve("cache"), problems));
        String key = ClassPathCache.key(List.of(a, b), "", IndexMode.PREFER);
        Path empty = work.resolve("empty.jar");
        CachedElement first = element(a, ScanCacheTest.result(a, "a.A"));
        CachedElement nothing = element(empty, new Declarations(List.of(), List.of(), List.of(), List.of()));
        CachedElement all = element(Path.of(IndexRecords.LOCATION), IndexRecords.all());
        CachedElement last = element(b, ScanCacheTest.result(b, "b.B"));

        cache.put(key, List.of(a, b), List.of(first, nothing, all, last));
        List<CachedElement> read = cache.get(key).orElseThrow();

        assertEquals(List.of(a, empty, Path.of(IndexRecords.LOCATION), b), read.stream().map(CachedElement::path).toList());
        assertEquals(List.of(first.declared(), nothing.declared(), IndexRecords.all(), last.declared()),
                read.stream().map(CachedElement::declared).toList());
    }

    @Test
    public void anEmptyClassPathRoundTrips() {
        ClassPathCache cache = new ClassPathCache(new ScanCache(work.resolve("cache"), problems));
        String key = ClassPathCache.key(List.of(), "", IndexMode.PREFER);

        cache.put(key, List.of(), List.of());

        assertEquals(Optional.of(List.of()), cache.get(key));
    }

    @Test
    public void aTouchedJarIsAMiss() throws IOException {
        ClassPathCache cache = new ClassPathCache(new ScanCache(work.resolve("cache"), problems));
        String key = ClassPathCache.key(List.of(a, b), "", IndexMode.PREFER);
        cache.put(key, List.of(a, b), List.of(element(a, ScanCacheTest.result(a, "a.A"))));

        Files.setLastModifiedTime(b, FileTime.fromMillis(TIME.toMillis() + 1000));
        String touched = ClassPathCache.key(List.of(a, b), "", IndexMode.PREFER);

        assertNotEquals(key, touched);
        assertEquals(Optional.empty(), cache.get(touched));
    }

    @Test
    public void aResizedJarIsAMiss() throws IOException {
        ClassPathCache cache = new ClassPathCache(new ScanCache(work.resolve("cache"), problems));
        String key = ClassPathCache.key(List.of(a, b), "", IndexMode.PREFER);
        cache.put(key, List.of(a, b), List.of(element(a, ScanCacheTest.result(a, "a.A"))));

        Files.writeString(b, "12345");
        Files.setLastModifiedTime(b, TIME);

        assertEquals(Optional.empty(), cache.get(ClassPathCache.key(List.of(a, b), "", IndexMode.PREFER)));
    }

    @Test
    public void aChangedJarThatAManifestAddedIsAMissAlthoughTheDeclaredOnesAreUnchanged() throws IOException {
        ClassPathCache cache = new ClassPathCache(new ScanCache(work.resolve("cache"), problems));
        String key = ClassPathCache.key(List.of(a), "", IndexMode.PREFER);
        cache.put(key, List.of(a, b), List.of(element(a, ScanCacheTest.result(a, "a.A"))));
        assertEquals(1, cache.get(key).orElseThrow().size());

        Files.setLastModifiedTime(b, FileTime.fromMillis(TIME.toMillis() + 1000));

        assertEquals(key, ClassPathCache.key(List.of(a), "", IndexMode.PREFER));
        assertEquals(Optional.empty(), cache.get(key));
    }

    @Test
    public void nothingIsCachedWithCachingOff() {
        ClassPathCache cache = new ClassPathCache(ScanCache.OFF);
        String key = ClassPathCache.key(List.of(a), "", IndexMode.PREFER);

        cache.put(key, List.of(a, b), List.of(element(a, ScanCacheTest.result(a, "a.A"))));

        assertEquals(Optional.empty(), cache.get(key));
    }

    @Test
    public void aCorruptElementIsANoticeAndAMissForTheWholeClassPath() throws IOException {
        Path directory = work.resolve("cache");
        ScanCache files = new ScanCache(directory, problems);
        ClassPathCache cache = new ClassPathCache(files);
        String key = ClassPathCache.key(List.of(a, b), "", IndexMode.PREFER);
        cache.put(key, List.of(a, b), List.of(element(a, ScanCacheTest.result(a, "a.A")), element(b, ScanCacheTest.result(b, "b.B"))));
        Path file;
        try (Stream<Path> all = Files.list(directory)) {
            file = all.findFirst().orElseThrow();
        }
        Files.writeString(file, Files.readString(file).replace("b.B init", "b.C init"));

        assertEquals(Optional.empty(), cache.get(key));
        assertTrue(file.getFileName().toString().startsWith("classpath-"), file.toString());
        assertEquals(List.of(Reported.warning("Scan cache file '" + file + "' is corrupt (its checksum does"
                + " not match its content). '" + b + "' is scanned again and the file rewritten.")), Reported.of(problems.all()));
    }

    @Test
    public void anIndexedJarIsStoredByItsIndexNamesWithoutItsRecords() throws IOException {
        Path directory = work.resolve("cache");
        ClassPathCache cache = new ClassPathCache(new ScanCache(directory, problems));
        String key = ClassPathCache.key(List.of(a, b), "", IndexMode.PREFER);
        CachedElement indexed = new CachedElement(a, Declarations.NONE,
                List.of("META-INF/premain/index/one.idx", "META-INF/premain/index/two.idx"));
        cache.put(key, List.of(a, b), List.of(indexed, element(b, ScanCacheTest.result(b, "b.B"))));

        assertEquals(Optional.of(List.of(indexed, element(b, ScanCacheTest.result(b, "b.B")))), cache.get(key));
        String text;
        try (Stream<Path> all = Files.list(directory)) {
            text = Files.readString(all.findFirst().orElseThrow());
        }
        assertTrue(text.contains("indexed " + a + "\nMETA-INF/premain/index/one.idx\nMETA-INF/premain/index/two.idx\n"
                + "element " + b + "\n"), text);
    }

    private static CachedElement element(Path path, Declarations content) {
        return new CachedElement(path, content, java.util.List.of());
    }
}
