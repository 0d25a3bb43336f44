package dev.premain.agent.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One cache file for a whole class path of jars, so a start whose jars are all unchanged reads one
 * small file and stats each jar, instead of opening every jar: start time stays flat as the class
 * path grows. Keyed by every jar's path, size and modification time; a class path with a directory
 * is never cached here (a directory's time does not change when the classes inside do). Written
 * only after a discovery without problems; per-jar entries (with a content check) back it up.
 */
final class ClassPathCache {
    private static final String HEADER = "premain-classpath-cache 1\n";
    private static final String ELEMENT = "element ";

    private final ScanCache files;

    ClassPathCache(ScanCache files) {
        this.files = files;
    }

    /** The key for this class path, or {@code null} if it cannot be cached (directories, missing entries). */
    static String key(List<Path> classPath, String scope, IndexMode mode) {
        StringBuilder key = new StringBuilder(HEADER).append("scope ").append(scope).append(' ').append(mode)
                .append('\n');
        for (Path element : classPath) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(element, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    return null;
                }
                key.append("jar ").append(attributes.size()).append(' ')
                        .append(attributes.lastModifiedTime().toMillis()).append(' ').append(changeStamp(element))
                        .append(' ').append(element).append('\n');
            } catch (IOException e) {
                return null;
            }
        }
        return key.append("end\n").toString();
    }

    /**
     * The inode and status-change time where the file system has them. Why: tools that pin file
     * times (Jib sets 1970-01-01) can rebuild a jar with the same size and modification time, but
     * no one can set the change time, and a replaced file gets a new inode.
     */
    private static String changeStamp(Path element) {
        try {
            java.util.Map<String, Object> unix = Files.readAttributes(element, "unix:ino,ctime");
            return unix.get("ino") + "/" + ((java.nio.file.attribute.FileTime) unix.get("ctime")).toMillis();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "-";
        }
    }

    /** Each element's content as cached, or empty on a miss. */
    Optional<List<ElementContent>> get(String key) {
        Optional<String> text = files.read(fileName(key));
        if (text.isEmpty() || !text.get().startsWith(key)) {
            return Optional.empty();
        }
        List<ElementContent> elements = new ArrayList<>();
        String rest = text.get().substring(key.length());
        while (rest.startsWith(ELEMENT)) {
            int pathEnd = rest.indexOf('\n');
            int next = rest.indexOf("\n" + ELEMENT, pathEnd);
            String body = rest.substring(pathEnd + 1, next < 0 ? rest.length() : next + 1);
            ElementContent element = new ElementContent(Path.of(rest.substring(ELEMENT.length(), pathEnd)), null);
            Optional<ScanResult> parsed = files.parse(fileName(key), body, element.path.toString());
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            element.add(parsed.get());
            elements.add(element);
            rest = next < 0 ? "" : rest.substring(next + 1);
        }
        return Optional.of(elements);
    }

    void put(String key, List<ElementContent> elements) {
        StringBuilder text = new StringBuilder(key);
        for (ElementContent element : elements) {
            text.append(ELEMENT).append(element.path).append('\n')
                    .append(IndexWriter.write(Set.of(), element.asScanResult()));
        }
        files.write(fileName(key), text.toString());
    }

    private static String fileName(String key) {
        return "classpath-" + IndexCodec.checksum(key) + Integer.toHexString(key.hashCode()) + ".cache";
    }
}
