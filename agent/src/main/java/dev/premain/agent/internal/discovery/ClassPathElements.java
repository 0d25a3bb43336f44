package dev.premain.agent.internal.discovery;

import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The application's class-path and module-path entries. Declared entries come from the system
 * properties without opening anything; {@link #expand} follows jars' {@code Class-Path} manifests,
 * which means opening every jar, so it is done only when the class-path cache misses.
 */
public final class ClassPathElements {
    private ClassPathElements() {
    }

    /** The entries of {@code java.class.path} and {@code jdk.module.path}, absolute, in order, without repeats. */
    public static List<Path> declared() {
        Set<Path> elements = new LinkedHashSet<>();
        elements.addAll(parse(System.getProperty("java.class.path")));
        addModulePath(System.getProperty("jdk.module.path"), elements);
        return new ArrayList<>(elements);
    }

    /**
     * The entry as an absolute path, or {@code null} when this JVM cannot name it. Why: a class path with
     * characters outside the file-name encoding (a non-ASCII directory under {@code LC_ALL=C}) cannot be
     * a {@code Path}; the JVM cannot load classes from it either, so it is reported, not fatal.
     */
    private static Path pathOf(String entry) {
        try {
            return Paths.get(entry).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            Diagnostics.print(Problem.warning(ProblemCode.ENTRY_UNREADABLE, "Class-path entry '" + entry + "'",
                    "cannot be named in this JVM's file-name encoding (" + System.getProperty("sun.jnu.encoding")
                    + ")", null, "Nothing is scanned from it, and the JVM cannot load classes from it either.",
                    "Start the JVM in a UTF-8 locale (for example LC_ALL=C.UTF-8), or rename the directory."));
            return null;
        }
    }

    /** The first entry of a class path, or {@code null} if there is none or it cannot be named (reported later). */
    public static Path first(String pathList) {
        String entry = pathList == null ? "" : pathList.split(File.pathSeparator, 2)[0];
        try {
            return entry.isEmpty() ? null : Paths.get(entry).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A path-separator-joined list, as absolute paths, without opening anything. */
    public static List<Path> parse(String pathList) {
        List<Path> elements = new ArrayList<>();
        if (pathList != null) {
            for (String entry : pathList.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    Path path = pathOf(entry);
                    if (path != null) {
                        elements.add(path);
                    }
                }
            }
        }
        return elements;
    }

    /** The entries with every jar's {@code Class-Path} manifest attribute followed, in class-path order. */
    public static List<Path> expand(List<Path> declared) {
        return expand(declared, null);
    }

    /**
     * As {@link #expand(List)}, with manifests already known for some jars (the class-path index
     * records each jar's {@code Class-Path}), so those jars are not opened.
     *
     * @param known gives a jar's {@code Class-Path} value ({@code ""} for none), or {@code null} when
     *     it does not know that jar; may itself be {@code null}
     */
    public static List<Path> expand(List<Path> declared, KnownManifests known) {
        Set<Path> elements = new LinkedHashSet<>();
        for (Path element : declared) {
            add(element, elements, known);
        }
        return new ArrayList<>(elements);
    }

    /** Manifest {@code Class-Path} values known without opening the jar. */
    public interface KnownManifests {
        /**
         * @param jar a jar on the class path
         * @return its {@code Class-Path} value, {@code ""} if it has none, or {@code null} if unknown
         */
        String classPathOf(Path jar);
    }

    private static void addModulePath(String pathList, Set<Path> into) {
        for (Path path : parse(pathList)) {
            if (Files.isDirectory(path) && !Files.exists(path.resolve("module-info.class"))) {
                listJars(path, into); // Why: a module-path directory holds modular jars, not classes.
            } else {
                into.add(path);
            }
        }
    }

    private static void listJars(Path directory, Set<Path> into) {
        try (var files = Files.list(directory)) {
            files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(into::add);
        } catch (IOException e) {
            into.add(directory);
        }
    }

    private static void add(Path element, Set<Path> into, KnownManifests known) {
        if (!into.add(element) || !Files.isRegularFile(element)) {
            return;
        }
        String value = known == null ? null : known.classPathOf(element);
        for (Path referenced : resolve(element, value != null ? value : manifestClassPath(element))) {
            add(referenced, into, known);
        }
    }

    /** A jar's manifest {@code Class-Path} value, {@code ""} if it has none or cannot be read. */
    public static String manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            return value == null ? "" : value.trim();
        } catch (IOException | RuntimeException e) {
            return ""; // Why: unreadable jars are reported by the scan; they reference nothing.
        }
    }

    private static List<Path> resolve(Path jar, String value) {
        List<Path> referenced = new ArrayList<>();
        if (!value.isEmpty()) {
            for (String relative : value.split("\\s+")) {
                referenced.add(jar.getParent().resolve(relative).normalize());
            }
        }
        return referenced;
    }
}
