package dev.premain.agent.internal.discovery.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.premain.agent.internal.Archives;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jar's cache key: size, modification time and the CRC-32 of its central directory. */
public class JarIdentityTest {
    private static final FileTime TIME = FileTime.fromMillis(1_700_000_000_000L);

    @TempDir
    public Path work;

    @Test
    public void theSameJarHasTheSameIdentity() throws IOException {
        Path jar = jar("a.jar", "one");

        JarIdentity identity = JarIdentity.of(jar);

        assertEquals(identity, JarIdentity.of(jar));
        assertSameContent(new JarIdentity(Files.size(jar), TIME.toMillis(), identity.directoryCrc()), identity);
        assertNotEquals(0, identity.directoryCrc());
    }

    @Test
    public void identicalBytesElsewhereHaveTheSameContentButNotTheSameFile() throws IOException {
        JarIdentity a = JarIdentity.of(jar("a.jar", "one"));
        JarIdentity b = JarIdentity.of(jar("b.jar", "one"));

        assertSameContent(a, b);
        assertEquals(!a.stamp().changeStamp().equals("-"), !a.equals(b)); // another inode, where there are inodes
    }

    @Test
    public void aChangedEntryOfTheSameSizeChangesOnlyTheDirectoryCrc() throws IOException {
        JarIdentity before = JarIdentity.of(jar("a.jar", "one"));
        JarIdentity after = JarIdentity.of(jar("a.jar", "two")); // rewritten: same size, same time

        assertEquals(before.size(), after.size());
        assertEquals(before.modified(), after.modified());
        assertNotEquals(before.directoryCrc(), after.directoryCrc());
        assertNotEquals(0, after.directoryCrc());
    }

    @Test
    public void aTouchedJarChangesOnlyItsTime() throws IOException {
        Path jar = jar("a.jar", "one");
        JarIdentity before = JarIdentity.of(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(TIME.toMillis() + 2000));

        assertSameContent(new JarIdentity(before.size(), TIME.toMillis() + 2000, before.directoryCrc()),
                JarIdentity.of(jar));
    }

    @Test
    public void aFileThatIsNoZipHasDirectoryCrcZero() throws IOException {
        Path text = Files.writeString(work.resolve("notes.jar"), "not a zip file at all\n");
        Path empty = Files.createFile(work.resolve("empty.jar"));
        Files.setLastModifiedTime(text, TIME);
        Files.setLastModifiedTime(empty, TIME);

        assertSameContent(new JarIdentity(22, TIME.toMillis(), 0), JarIdentity.of(text));
        assertSameContent(new JarIdentity(0, TIME.toMillis(), 0), JarIdentity.of(empty));
    }

    @Test
    public void aTruncatedJarHasDirectoryCrcZero() throws IOException {
        Path jar = jar("a.jar", "one");
        byte[] bytes = Files.readAllBytes(jar);
        Path head = Files.write(work.resolve("head.jar"), Arrays.copyOf(bytes, bytes.length - 30));
        // The end record survives, but the directory it points to starts before the file does.
        Path tail = Files.write(work.resolve("tail.jar"), Arrays.copyOfRange(bytes, 40, bytes.length));

        assertEquals(0, JarIdentity.of(head).directoryCrc());
        assertEquals(0, JarIdentity.of(tail).directoryCrc());
    }

    @Test
    public void anEndRecordPointingPastTheFileHasDirectoryCrcZero() throws IOException {
        byte[] end = new byte[22];
        end[0] = 'P';
        end[1] = 'K';
        end[2] = 5;
        end[3] = 6;
        end[12] = 100; // a directory of 100 bytes at offset 0, in a file of 22
        Path jar = Files.write(work.resolve("fake.jar"), end);

        assertEquals(0, JarIdentity.of(jar).directoryCrc());
    }

    @Test
    public void aMissingJarIsAnIoException() {
        assertThrows(NoSuchFileException.class, () -> JarIdentity.of(work.resolve("missing.jar")));
    }

    @Test
    public void asTextIsSizeTimeAndCrc() {
        assertEquals("1234 1700000000000 - 4294967295", new JarIdentity(1234, 1_700_000_000_000L, 0xffffffffL).asText());
        assertEquals("1234 1700000000000 77/1700000000001 4294967295", new JarIdentity(new FileStamp(1234,
                1_700_000_000_000L, "77/1700000000001"), 0xffffffffL).asText());
    }

    /** A jar with one entry {@code a.txt} holding {@code content}, written at the fixed time. */
    private Path jar(String name, String content) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
        entries.put("a.txt", content.getBytes(StandardCharsets.UTF_8));
        Path jar = Archives.write(work.resolve(name), entries);
        Files.setLastModifiedTime(jar, TIME);
        return jar;
    }

    /** Size, time and content CRC as expected; the change stamp is the file system's own. */
    private static void assertSameContent(JarIdentity expected, JarIdentity actual) {
        assertEquals(List.of(expected.size(), expected.modified(), expected.directoryCrc()),
                List.of(actual.size(), actual.modified(), actual.directoryCrc()));
    }
}
