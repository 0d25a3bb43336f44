package dev.premain.agent.internal.discovery.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * The one notion of "this jar file is unchanged" that both caches share: size, modification time,
 * and, where the file system has them, inode and status-change time. Read with stat calls only,
 * never by opening the jar, so a warm start stays flat as the class path grows. The per-jar cache
 * adds a content check on top ({@link JarIdentity}), since it opens the jar anyway.
 *
 * @param size the file size
 * @param modified the modification time in milliseconds
 * @param changeStamp {@code INODE/CTIME}, or {@code -} where the file system has neither
 */
public record FileStamp(long size, long modified, String changeStamp) {

    /** The stamp of a regular file, or {@code null} for anything else (a directory, a missing entry). */
    public static FileStamp ofRegularFile(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? new FileStamp(attributes.size(),
                    attributes.lastModifiedTime().toMillis(), changeStamp(file)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The stamp of a file that must be readable. */
    public static FileStamp of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis(), changeStamp(file));
    }

    /**
     * The inode and status-change time where the file system has them. Why: tools that pin file
     * times (Jib sets 1970-01-01) can rebuild a jar with the same size and modification time, but
     * no one can set the change time, and a replaced file gets a new inode.
     */
    private static String changeStamp(Path file) {
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:ino,ctime");
            return unix.get("ino") + "/" + ((FileTime) unix.get("ctime")).toMillis();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "-";
        }
    }

    /** {@code SIZE MTIME CHANGESTAMP}: how cache files store it. */
    public String asText() {
        return size + " " + modified + " " + changeStamp;
    }
}
