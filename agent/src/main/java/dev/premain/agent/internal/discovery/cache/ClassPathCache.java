package dev.premain.agent.internal.discovery.cache;

import dev.premain.agent.internal.discovery.index.IndexCodec;
import dev.premain.agent.internal.discovery.index.IndexWriter;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.options.IndexMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One cache file for a whole class path of jars, so a start whose jars are all unchanged reads one
 * small file and stats each jar, instead of opening every jar: start time stays flat as the class
 * path grows. Keyed by every jar's path, size and modification time; a class path with a directory
 * is never cached here (a directory's time does not change when the classes inside do). Written
 * only after a discovery without problems; per-jar entries (with a content check) back it up.
 *
 * <p>Why an indexed jar is only named, not its records: its index is as trustworthy as the jar
 * itself, a cache file is not, and reading one index costs a few milliseconds. So a start reads the
 * index again, and the records served from here (a scanned jar's) are checked against class files.
 */
public final class ClassPathCache {
    // Why version 2: version 1 held indexed jars' records, which a start must now read from the jar.
    private static final String HEADER = "premain-classpath-cache 2\n";
    private static final String ELEMENT = "element ";
    private static final String INDEXED = "indexed ";
    private static final String LISTED = "listed\n";
    private static final String LISTED_END = "end-listed\n";

    private final ScanCache files;

    public ClassPathCache(ScanCache files) {
        this.files = files;
    }

    /**
     * The key for these declared class-path entries, or {@code null} if they cannot be cached
     * (directories, missing entries). Only the declared entries: the jars their manifests add are
     * listed, with the same details, inside the entry and checked on every hit.
     */
    public static String key(List<Path> declared, String scope, IndexMode mode) {
        StringBuilder key = new StringBuilder(HEADER).append("scope ").append(scope).append(' ').append(mode)
                .append('\n');
        for (Path element : declared) {
            String line = statLine(element);
            if (line == null) {
                return null;
            }
            key.append(line);
        }
        return key.append("end\n").toString();
    }

    /** {@code jar SIZE MTIME INODE/CTIME PATH}, or {@code null} for anything but a readable regular file. */
    public static String statLine(Path element) {
        FileStamp stamp = FileStamp.ofRegularFile(element);
        return stamp == null ? null : "jar " + stamp.asText() + ' ' + element + '\n';
    }

    /** Each element's content as cached, or empty on a miss (a changed jar, including one a manifest adds). */
    public Optional<List<CachedElement>> get(String key) {
        Optional<String> text = files.read(fileName(key));
        if (text.isEmpty() || !text.get().startsWith(key)) {
            return Optional.empty();
        }
        String rest = text.get().substring(key.length());
        int listed = rest.indexOf(LISTED_END);
        if (!rest.startsWith(LISTED) || listed < 0 || !unchanged(rest.substring(LISTED.length(), listed))) {
            return Optional.empty();
        }
        return elements(key, rest.substring(listed + LISTED_END.length()));
    }

    private static boolean unchanged(String statLines) {
        for (String line : statLines.split("\n")) {
            String[] fields = line.split(" ", 5); // jar SIZE MTIME STAMP PATH; the path may contain spaces
            if (!line.isEmpty() && (fields.length < 5 || !(line + '\n').equals(statLine(Path.of(fields[4]))))) {
                return false;
            }
        }
        return true;
    }

    private Optional<List<CachedElement>> elements(String key, String blocks) {
        List<CachedElement> elements = new ArrayList<>();
        String rest = blocks;
        while (rest.startsWith(ELEMENT) || rest.startsWith(INDEXED)) {
            boolean indexed = rest.startsWith(INDEXED);
            int pathEnd = rest.indexOf('\n');
            int next = nextBlock(rest, pathEnd);
            String body = rest.substring(pathEnd + 1, next < 0 ? rest.length() : next + 1);
            String location = rest.substring(indexed ? INDEXED.length() : ELEMENT.length(), pathEnd);
            Path path = Path.of(location);
            if (indexed) {
                List<String> entries = List.of(body.split("\n"));
                if (body.isEmpty() || entries.contains("")) {
                    return Optional.empty();
                }
                elements.add(new CachedElement(path, Declarations.NONE, entries));
            } else {
                Optional<Declarations> parsed = files.parse(fileName(key), body, location);
                if (parsed.isEmpty()) {
                    return Optional.empty();
                }
                elements.add(new CachedElement(path, parsed.get(), List.of(), location));
            }
            rest = next < 0 ? "" : rest.substring(next + 1);
        }
        return rest.isEmpty() ? Optional.of(elements) : Optional.empty();
    }

    /** Where the block after the one whose path line ends at {@code pathEnd} starts, less one; or -1. */
    private static int nextBlock(String rest, int pathEnd) {
        int element = rest.indexOf("\n" + ELEMENT, pathEnd);
        int indexed = rest.indexOf("\n" + INDEXED, pathEnd);
        if (element < 0 || indexed < 0) {
            return Math.max(element, indexed);
        }
        return Math.min(element, indexed);
    }

    /** Stores the elements found for {@code key}; {@code classPath} is the expanded list they came from. */
    public void put(String key, List<Path> classPath, List<CachedElement> elements) {
        StringBuilder text = new StringBuilder(key).append(LISTED);
        for (Path element : classPath) {
            String line = statLine(element);
            if (line == null) {
                return; // A directory or a vanished jar among the expanded entries: nothing safe to cache.
            }
            text.append(line);
        }
        text.append(LISTED_END);
        for (CachedElement element : elements) {
            if (element.indexed()) {
                text.append(INDEXED).append(element.path()).append('\n');
                for (String entry : element.indexEntries()) {
                    text.append(entry).append('\n');
                }
            } else {
                text.append(ELEMENT).append(element.location()).append('\n')
                        .append(IndexWriter.write(element.declared().declaringClasses(), element.declared()));
            }
        }
        files.write(fileName(key), text.toString());
    }

    private static String fileName(String key) {
        return "classpath-" + IndexCodec.checksum(key) + Integer.toHexString(key.hashCode()) + ".cache";
    }
}
