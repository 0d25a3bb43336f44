package dev.premain.agent.internal.discovery.cache;

import dev.premain.agent.internal.discovery.index.IndexFormatException;
import dev.premain.agent.internal.discovery.index.IndexReader;
import dev.premain.agent.internal.discovery.index.IndexWriter;
import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The build-time class-path index: the scan result of every jar that has no index of its own,
 * computed at package time ({@code java -jar premain-agent.jar index}) and shipped read-only with
 * the application, so a start without a writable cache (a fresh container, a CI machine) reads one
 * small file instead of pre-filtering every class of every dependency.
 *
 * <p>Keyed by each jar's content ({@link JarIdentity#size()} and the CRC of its central directory,
 * which holds every entry's own CRC), never by its path or times: those differ between the build
 * machine and the image. A jar changed since the index was built misses and is scanned. A hint, never
 * authority: every record it serves is checked against the class file the JVM loads, like a cache
 * hit's; what it can do at worst is leave a jar's contributions out, which is why it is read only
 * from where the application itself puts it (its own first class-path entry, or the option).
 */
public final class ClassPathIndex {
    /** Where the Maven goal puts it, inside the application: read from the first class-path entry. */
    public static final String RESOURCE = "META-INF/premain/classpath.idx";
    static final String HEADER = "premain-classpath-index 1";
    private static final String CLASS_PATH = "class-path ";
    private static final String FORMAT_PREFIX = "premain-classpath-index ";
    /** Read nothing larger: a million items take about 76 MB. */
    private static final long MAX_BYTES = 1L << 30;

    /** No class-path index: every lookup misses. */
    public static final ClassPathIndex NONE = new ClassPathIndex(null, false, null, List.of());

    private Path source;
    private final List<Path> classPath;
    private final boolean explicit;
    private final Problems problems;
    private String name;
    private Map<String, Block> byIdentity;
    private Map<String, Block> byName;
    private int served;
    private final List<String> changed = new ArrayList<>();

    private ClassPathIndex(Path source, boolean explicit, Problems problems) {
        this(source, explicit, problems, null);
    }

    private ClassPathIndex(Path source, boolean explicit, Problems problems, List<Path> classPath) {
        this.source = source;
        this.explicit = explicit;
        this.problems = problems;
        this.classPath = classPath;
    }

    /**
     * The application's first class-path entry. Why not simply the first: the JDK 25 AOT recipe lists
     * the agent jar first, so its classes come from the cache; the agent's own jar carries no index.
     */
    private static Path applicationEntry(List<Path> classPath) {
        if (classPath.isEmpty()) {
            return null;
        }
        Path agent = null;
        try {
            java.security.CodeSource code = ClassPathIndex.class.getProtectionDomain().getCodeSource();
            agent = code == null ? null : Path.of(code.getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // Why ignored: an agent whose jar cannot be named is never the first entry either.
        }
        for (Path entry : classPath) {
            if (!entry.toAbsolutePath().equals(agent)) {
                return entry;
            }
        }
        return null;
    }

    /** The index file the option {@code classpath-index=FILE} names: a missing one is a warning. */
    public static ClassPathIndex file(Path file, Problems problems) {
        return new ClassPathIndex(file, true, problems);
    }

    /** The index inside the application's own first class-path entry (jar or directory), if it has one. */
    public static ClassPathIndex inEntry(Path entry, Problems problems) {
        return entry == null ? NONE : new ClassPathIndex(entry, false, problems);
    }

    /**
     * The index inside the application's first class-path entry, found only when a lookup needs it:
     * a start served by the whole-class-path cache pays nothing for it.
     */
    public static ClassPathIndex inApplication(List<Path> classPath, Problems problems) {
        return new ClassPathIndex(null, false, problems, classPath);
    }

    /**
     * The records the index holds for this jar, or empty when it does not describe a jar with this
     * content. Read lazily: a start served by the whole-class-path cache never opens it.
     *
     * @param identity the jar's identity, as read at this start
     * @param fileName the jar's file name, to tell a changed jar from one the index never saw
     * @param location what the records name as their location (the jar's path here)
     */
    public Optional<Declarations> get(JarIdentity identity, String fileName, String location) {
        if (this == NONE || identity.directoryCrc() == 0 || !loaded()) {
            return Optional.empty();
        }
        Block block = block(identity);
        if (block == null) {
            if (byName.containsKey(fileName)) {
                changed.add(fileName); // Why a note: the start is slower than it should be, never wrong.
            }
            return Optional.empty();
        }
        try {
            served++;
            return Optional.of(block.text.isEmpty() ? Declarations.NONE : IndexReader.read(block.text, location)
                    .content());
        } catch (IndexFormatException e) {
            served--;
            corrupt("its entry for '" + block.name + "' cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The jar's manifest {@code Class-Path} value as the index recorded it ({@code ""} for none), or
     * {@code null} when the index does not describe a jar with this content: then the jar is opened.
     */
    public String manifestClassPath(JarIdentity identity) {
        if (this == NONE || identity.directoryCrc() == 0 || !loaded()) {
            return null;
        }
        Block block = block(identity);
        return block == null ? null : block.classPath;
    }

    private Block block(JarIdentity identity) {
        return byIdentity.get(key(identity.size(), identity.directoryCrc()));
    }

    /** Says at {@code verbose=info} how much the index served, and which jars changed since it was built. */
    public void report() {
        if (byIdentity != null) {
            Diagnostics.detail("class-path index " + name + ": " + served + " jars served from it"
                    + (changed.isEmpty() ? "" : ", " + changed.size() + " changed since it was built and scanned: "
                    + String.join(", ", changed)));
        }
    }

    /** How messages name the index, e.g. {@code 'app.jar!/META-INF/premain/classpath.idx'}. */
    public String describe() {
        return "the class-path index " + (name == null ? "'" + source + "'" : name);
    }

    /** Reads the index on first use; whether there is one to ask. */
    private boolean loaded() {
        if (byIdentity == null) {
            byIdentity = new HashMap<>();
            byName = new HashMap<>();
            if (source == null && classPath != null) {
                source = applicationEntry(classPath);
            }
            String text = source == null ? null : read();
            if (text != null) {
                parse(text);
            }
        }
        return source != null;
    }

    private String read() {
        try {
            if (explicit || Files.isDirectory(source)) {
                Path file = explicit ? source : source.resolve(RESOURCE);
                name = "'" + file + "'";
                return readFile(file);
            }
            name = "'" + source + "!/" + RESOURCE + "'";
            return source.toString().endsWith(".jar") ? readEntry() : null;
        } catch (IOException | RuntimeException e) {
            unusable("cannot be read (" + e + ")", "Build it with 'java -jar premain-agent.jar index', or fix the"
                    + " option classpath-index.");
            return null;
        }
    }

    private String readFile(Path file) throws IOException {
        if (!explicit && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null; // Why silent: an application without a class-path index is the usual case.
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile() || attributes.size() > MAX_BYTES) {
            // Why: a FIFO would hang the launch, a link to /dev/zero fill the heap.
            unusable(attributes.isRegularFile() ? "is larger than 1 GB" : "is not a regular file", "Name the file"
                    + " 'java -jar premain-agent.jar index --out' wrote.");
            return null;
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private String readEntry() throws IOException {
        try (ZipFile jar = new ZipFile(source.toFile())) {
            ZipEntry entry = jar.getEntry(RESOURCE);
            if (entry == null) {
                return null;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return new String(in.readNBytes((int) Math.min(MAX_BYTES, Integer.MAX_VALUE - 8)),
                        StandardCharsets.UTF_8);
            }
        }
    }

    /** Reads the block headers; each block's records are parsed only when its jar is on the class path. */
    private void parse(String text) {
        if (!text.startsWith(HEADER + "\n")) {
            String first = text.lines().findFirst().orElse("");
            corrupt(first.startsWith(FORMAT_PREFIX) ? "it is in format " + first.substring(FORMAT_PREFIX.length())
                    + ", and this Premain reads format 1" : "it does not start with '" + HEADER + "'");
            return;
        }
        int at = HEADER.length() + 1;
        int jars = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            String line = end < 0 ? text.substring(at) : text.substring(at, end);
            if (line.startsWith("end ") && end == text.length() - 1 && line.equals("end " + jars)) {
                return;
            }
            if (end < 0 || !line.startsWith("jar ")) {
                break;
            }
            at = block(text, line, end + 1);
            if (at < 0) {
                break;
            }
            jars++;
        }
        byIdentity.clear();
        byName.clear();
        corrupt("it is truncated or was edited (no valid 'end' line after " + jars + " jars)");
    }

    /** Records one {@code jar SIZE CRC LINES NAME} block; returns where the next starts, or -1. */
    private int block(String text, String header, int from) {
        String[] fields = header.split(" ", 5);
        try {
            int lines = Integer.parseInt(fields[3]);
            int at = from;
            String classPath = "";
            if (text.startsWith(CLASS_PATH, at) && text.indexOf('\n', at) > 0) {
                int end = text.indexOf('\n', at);
                classPath = text.substring(at + CLASS_PATH.length(), end);
                at = end + 1;
                from = at;
            }
            for (int i = 0; i < lines && at >= 0; i++) {
                int end = text.indexOf('\n', at);
                at = end < 0 ? -1 : end + 1;
            }
            if (fields.length < 5 || at < 0) {
                return -1;
            }
            Block block = new Block(fields[4], text.substring(from, at), classPath);
            byIdentity.put(key(Long.parseLong(fields[1]), Long.parseLong(fields[2])), block);
            byName.put(block.name, block);
            return at;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return -1;
        }
    }

    /**
     * The text of a class-path index describing these jars; what {@code index} writes.
     *
     * @param jars each jar's file name, identity and scan result, in class-path order
     */
    public static String render(List<Described> jars) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Described jar : jars) {
            String records = jar.found().isEmpty() ? ""
                    : IndexWriter.write(jar.found().declaringClasses(), jar.found());
            text.append("jar ").append(key(jar.identity().size(), jar.identity().directoryCrc())).append(' ')
                    .append(records.isEmpty() ? 0 : records.split("\n").length).append(' ')
                    .append(jar.fileName().replace('\n', '?'))
                    .append('\n');
            if (!jar.manifestClassPath().isEmpty()) {
                text.append(CLASS_PATH).append(jar.manifestClassPath().replace('\n', ' ')).append('\n');
            }
            text.append(records);
        }
        return text.append("end ").append(jars.size()).append('\n').toString();
    }

    static String key(long size, long directoryCrc) {
        return size + " " + directoryCrc;
    }

    private void corrupt(String rule) {
        unusable("cannot be used: " + rule, "Build it again with 'java -jar premain-agent.jar index' (or the Maven"
                + " goal premain:index); never edit it by hand.");
    }

    private void unusable(String rule, String fix) {
        problems.add(Problem.warning(ProblemCode.CLASSPATH_INDEX_UNUSABLE, "The class-path index " + (name == null
                ? "'" + source + "'" : name), rule, null, "Jars without an index of their own are scanned at this"
                + " start.", fix));
    }

    /**
     * One jar as the index describes it.
     *
     * @param fileName the jar's file name (no directory: the image puts it elsewhere)
     * @param identity its content identity
     * @param found what it declares, from its scan (and its own partial indexes)
     * @param manifestClassPath its manifest's {@code Class-Path} value, {@code ""} for none: a start
     *     then follows it without opening the jar
     */
    public record Described(String fileName, JarIdentity identity, Declarations found, String manifestClassPath) {
    }

    /** One jar's entry: its file name when the index was built, its records in the index format, its Class-Path. */
    private record Block(String name, String text, String classPath) {
    }
}
