package dev.premain.e2e;

import dev.premain.testing.ScaleClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Writes the scale fixture: {@code classes x fields} int constants contributed to one section
 * {@code scale.Big}, and {@code ctorClasses x ctorsPerClass} ctors that count their runs.
 */
final class ScaleFixture {
    private ScaleFixture() {
    }

    static Path write(Path jar, int classes, int fields, int ctorClasses, int ctorsPerClass) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (int c = 0; c < classes; c++) {
                String name = String.format("scale/items/Items%04d", c);
                put(out, name, ScaleClasses.items(name, c * fields, fields));
            }
            for (int c = 0; c < ctorClasses; c++) {
                String name = String.format("scale/ctors/Ctors%04d", c);
                put(out, name, ScaleClasses.ctors(name, ctorsPerClass));
            }
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name + ".class"));
        out.write(bytes);
        out.closeEntry();
    }
}
