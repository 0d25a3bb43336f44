package dev.premain.agent.internal.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a reviewer should know about the class path as a whole: classes present in more than one
 * entry with different bytes (the JVM loads the first; the others are dead code, or a shadowing
 * attempt), and packages split across entries (where a same-named class from another jar can slip
 * in). Listed by the audit only; reading every entry of every jar has no place before main.
 */
final class ClassPathOverlaps {
    private final Map<String, Map<Path, Long>> classes = new TreeMap<>();
    private final List<Path> order = new ArrayList<>();

    private ClassPathOverlaps() {
    }

    /** The report lines for these entries, in class-path order; unreadable entries are left out. */
    static List<String> of(List<Path> elements) {
        ClassPathOverlaps overlaps = new ClassPathOverlaps();
        overlaps.order.addAll(elements);
        for (Path element : elements) {
            try {
                overlaps.read(element);
            } catch (IOException | RuntimeException e) {
                // Why ignore: the discovery already warned about an entry it could not read.
            }
        }
        return overlaps.lines();
    }

    private void read(Path element) throws IOException {
        if (Files.isDirectory(element)) {
            try (Stream<Path> files = Files.walk(element)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = element.relativize(file).toString().replace('\\', '/');
                    if (name.endsWith(".class") && Files.isRegularFile(file)) {
                        CRC32 crc = new CRC32();
                        crc.update(Files.readAllBytes(file));
                        add(name, element, crc.getValue());
                    }
                }
            }
        } else if (Files.isRegularFile(element)) {
            try (ZipFile jar = new ZipFile(element.toFile())) {
                for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    add(entry.getName(), element, entry.getCrc()); // Why the entry's CRC: no need to inflate.
                }
            }
        }
    }

    private void add(String entry, Path element, long crc) {
        if (entry.endsWith(".class") && !entry.startsWith("META-INF/") && !entry.endsWith("module-info.class")
                && !entry.endsWith("package-info.class")) {
            String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
            classes.computeIfAbsent(name, key -> new LinkedHashMap<>()).putIfAbsent(element, crc);
        }
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        Map<String, Set<Path>> packages = new TreeMap<>();
        for (Map.Entry<String, Map<Path, Long>> type : classes.entrySet()) {
            Map<Path, Long> copies = type.getValue();
            if (copies.size() > 1 && new LinkedHashSet<>(copies.values()).size() > 1) {
                List<Path> where = new ArrayList<>(copies.keySet());
                lines.add("Class '" + type.getKey() + "' is in " + where.size() + " entries with different bytes: "
                        + quoted(where) + ". The JVM loads the copy in '" + where.get(0) + "'.");
            }
            int dot = type.getKey().lastIndexOf('.');
            String pkg = dot < 0 ? "(the default package)" : type.getKey().substring(0, dot);
            packages.computeIfAbsent(pkg, key -> new LinkedHashSet<>()).addAll(copies.keySet());
        }
        for (Map.Entry<String, Set<Path>> pkg : packages.entrySet()) {
            if (pkg.getValue().size() > 1) {
                List<Path> inOrder = new ArrayList<>();
                for (Path element : order) { // Why: say the entries in class-path order, as the JVM reads them.
                    if (pkg.getValue().contains(element)) {
                        inOrder.add(element);
                    }
                }
                lines.add("Package '" + pkg.getKey() + "' is split across " + quoted(inOrder) + ".");
            }
        }
        return lines;
    }

    private static String quoted(List<Path> paths) {
        List<String> quoted = new ArrayList<>();
        for (Path path : paths) {
            quoted.add("'" + path + "'");
        }
        return String.join(", ", quoted);
    }
}
