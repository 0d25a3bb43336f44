package dev.premain.agent.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Reads compiled class directories as entries and writes them as jars, byte for byte reproducibly. */
public final class Archives {
    /** A fixed entry time, so the same entries always give the same jar bytes. */
    private static final long ENTRY_TIME = 1_700_000_000_000L;

    private Archives() {
    }

    /** Every regular file under {@code directory}, by its {@code /}-separated relative name, sorted by name. */
    public static Map<String, byte[]> entries(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (Path file : files) {
            entries.put(directory.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
        return entries;
    }

    /** A mutable copy of {@code entries}, sorted by name. */
    public static Map<String, byte[]> sorted(Map<String, byte[]> entries) {
        Map<String, byte[]> sorted = new LinkedHashMap<>();
        entries.keySet().stream().sorted().forEach(name -> sorted.put(name, entries.get(name)));
        return sorted;
    }

    /** Writes the entries as files under {@code directory}. */
    public static Path directory(Path directory, Map<String, byte[]> entries) throws IOException {
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            Path file = directory.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, entry.getValue());
        }
        return directory;
    }

    /** Writes the entries, in map order, as the jar {@code jar}. */
    public static Path write(Path jar, Map<String, byte[]> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTime(ENTRY_TIME);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return jar;
    }
}
