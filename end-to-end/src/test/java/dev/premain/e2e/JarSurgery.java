package dev.premain.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/** Rewrites fixture jars the way packaging tools (or attackers) do: merge, drop entries, edit text. */
final class JarSurgery {
    private JarSurgery() {
    }

    /** Merges jars into one, first entry of a name wins, as maven-shade does by default. */
    static Path merge(Path out, Path... jars) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (Path jar : jars) {
            entries.putAll(read(jar).entrySet().stream().filter(e -> !entries.containsKey(e.getKey()))
                    .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        }
        return write(out, entries);
    }

    /** A copy of {@code jar} without {@code entry}. */
    static Path without(Path jar, String entry, Path out) throws IOException {
        Map<String, byte[]> entries = read(jar);
        entries.remove(entry);
        return write(out, entries);
    }

    /** A copy of {@code jar} whose text entry {@code entry} is edited. */
    static Path edit(Path jar, String entry, UnaryOperator<String> change, Path out) throws IOException {
        Map<String, byte[]> entries = read(jar);
        String text = new String(entries.get(entry), StandardCharsets.UTF_8);
        entries.put(entry, change.apply(text).getBytes(StandardCharsets.UTF_8));
        return write(out, entries);
    }

    /** A copy of {@code jar} with entry {@code from} renamed {@code to}, and extra entries added. */
    static Path renamed(Path jar, String from, String to, Path out) throws IOException {
        Map<String, byte[]> entries = read(jar);
        entries.put(to, entries.remove(from));
        return write(out, entries);
    }

    /** A copy of {@code jar} with a binary entry added (or replaced). */
    static Path withBytes(Path jar, String entry, byte[] bytes, Path out) throws IOException {
        Map<String, byte[]> entries = read(jar);
        entries.put(entry, bytes);
        return write(out, entries);
    }

    /** A copy of {@code jar} with a text entry added (or replaced). */
    static Path with(Path jar, String entry, String text, Path out) throws IOException {
        Map<String, byte[]> entries = read(jar);
        entries.put(entry, text.getBytes(StandardCharsets.UTF_8));
        return write(out, entries);
    }

    private static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    private static Path write(Path out, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(out))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                JarEntry jarEntry = new JarEntry(entry.getKey());
                jarEntry.setTime(0L);
                jar.putNextEntry(jarEntry);
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        }
        return out;
    }
}
