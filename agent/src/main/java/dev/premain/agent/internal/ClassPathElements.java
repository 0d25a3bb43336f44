package dev.premain.agent.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** The application's class-path and module-path entries, with jars' {@code Class-Path} manifests followed. */
final class ClassPathElements {
    private ClassPathElements() {
    }

    /** The entries of {@code java.class.path} and {@code jdk.module.path}, absolute, in order, without repeats. */
    static List<Path> fromSystemProperties() {
        Set<Path> elements = new LinkedHashSet<>();
        addAll(System.getProperty("java.class.path"), elements);
        addModulePath(System.getProperty("jdk.module.path"), elements);
        return new ArrayList<>(elements);
    }

    /** Parses a path-separator-joined list, following each jar's {@code Class-Path} manifest attribute. */
    static void addAll(String pathList, Set<Path> into) {
        if (pathList == null) {
            return;
        }
        for (String entry : pathList.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                add(Paths.get(entry).toAbsolutePath().normalize(), into);
            }
        }
    }

    private static void addModulePath(String pathList, Set<Path> into) {
        if (pathList == null) {
            return;
        }
        for (String entry : pathList.split(File.pathSeparator)) {
            Path path = Paths.get(entry).toAbsolutePath().normalize();
            if (Files.isDirectory(path) && !Files.exists(path.resolve("module-info.class"))) {
                listJars(path, into); // Why: a module-path directory holds modular jars, not classes.
            } else {
                add(path, into);
            }
        }
    }

    private static void listJars(Path directory, Set<Path> into) {
        try (var files = Files.list(directory)) {
            files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(f -> add(f, into));
        } catch (IOException e) {
            into.add(directory);
        }
    }

    private static void add(Path element, Set<Path> into) {
        if (!into.add(element) || !Files.isRegularFile(element)) {
            return;
        }
        for (Path referenced : manifestClassPath(element)) {
            add(referenced, into);
        }
    }

    private static List<Path> manifestClassPath(Path jar) {
        List<Path> referenced = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (value != null) {
                for (String relative : value.trim().split("\\s+")) {
                    referenced.add(jar.getParent().resolve(relative).normalize());
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable jars are reported by ClassPathCheck; they reference nothing.
        }
        return referenced;
    }
}
