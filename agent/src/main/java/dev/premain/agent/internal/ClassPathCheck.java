package dev.premain.agent.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/** Warns about class-path entries that cannot contribute: missing files and unreadable jars. */
final class ClassPathCheck {
    private ClassPathCheck() {
    }

    /** @param classPath the class path, entries separated by {@link File#pathSeparator} */
    static List<Problem> check(String classPath) {
        List<Problem> warnings = new ArrayList<>();
        if (classPath == null) {
            return warnings;
        }
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                check(Paths.get(entry), warnings);
            }
        }
        return warnings;
    }

    private static void check(Path entry, List<Problem> warnings) {
        if (!Files.exists(entry)) {
            warnings.add(Problem.warning("Class-path entry '" + entry + "' does not exist. Nothing is scanned from"
                    + " it. Fix the class path if it should contribute."));
        } else if (Files.isRegularFile(entry)) {
            try (ZipFile jar = new ZipFile(entry.toFile())) {
                jar.size();
            } catch (IOException e) {
                warnings.add(Problem.warning("Class-path entry '" + entry + "' is not a readable jar (" + e
                        + "). Nothing is scanned from it, and the JVM cannot load classes from it either."
                        + " Rebuild or replace the jar."));
            }
        }
    }
}
