package dev.premain.agent.internal.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads class files straight from a class-path entry, each jar opened once. Why not the class
 * loader's {@code getResourceAsStream}: it goes through a {@code jar:} URL connection per class,
 * about a millisecond each; a checked origin already says which entry the JVM loads from.
 */
final class JarClassFiles implements AutoCloseable {
    private final Map<String, JarFile> open = new HashMap<>();

    /** The bytes of {@code className} in the jar or directory at {@code location}, or {@code null}. */
    byte[] read(String location, String className) {
        String entry = className.replace('.', '/') + ".class";
        if (location.startsWith("jar:")) {
            return fromUrl(location, entry);
        }
        try {
            Path element = Path.of(location);
            if (Files.isDirectory(element)) {
                Path file = element.resolve(entry);
                return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            }
            JarFile jar = open.get(location);
            if (jar == null) {
                // Why versioned: in a multi-release jar the JVM loads META-INF/versions/N/... when present.
                jar = new JarFile(element.toFile(), false, ZipFile.OPEN_READ, Runtime.version());
                open.put(location, jar);
            }
            ZipEntry found = jar.getJarEntry(entry);
            if (found == null) {
                return null;
            }
            try (InputStream in = jar.getInputStream(found)) {
                return in.readAllBytes();
            }
        } catch (IOException | RuntimeException e) {
            return null; // Why: an unreadable class file vouches for nothing.
        }
    }

    /**
     * An entry of a jar nested in another (Spring Boot's {@code jar:nested:} URLs), through the URL
     * handler its launcher registered: the same bytes its class loader defines.
     */
    private static byte[] fromUrl(String location, String entry) {
        try (InputStream in = java.net.URI.create(location + entry).toURL().openStream()) {
            return in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return null; // Why: an unreadable class file vouches for nothing.
        }
    }

    @Override
    public void close() {
        for (JarFile jar : open.values()) {
            try {
                jar.close();
            } catch (IOException e) {
                // Nothing was written; closing cannot lose anything.
            }
        }
    }
}
