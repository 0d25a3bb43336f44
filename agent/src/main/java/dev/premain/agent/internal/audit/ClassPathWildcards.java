package dev.premain.agent.internal.audit;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Expands {@code dir/*} class-path entries the way the {@code java} launcher does: every file in
 * that directory whose name ends in {@code .jar} (any case), not recursively. Why the audit must:
 * a shell passes {@code lib/*} through when it sits inside a {@code --class-path} value, and an
 * unexpanded entry would audit nothing and pass a CI gate falsely.
 */
public final class ClassPathWildcards {
    private ClassPathWildcards() {
    }

    /**
     * @param classPath a class path as given on a command line
     * @return the same class path with each {@code DIR/*} replaced by the jars in {@code DIR}
     */
    public static String expand(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator, -1)) {
            if (entry.equals("*") || entry.endsWith(File.separator + "*") || entry.endsWith("/*")) {
                entries.addAll(jarsIn(Path.of(entry.substring(0, entry.length() - 1).isEmpty() ? "."
                        : entry.substring(0, entry.length() - 1))));
            } else if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The jars in a directory, sorted by name so the audit reads the same order every time. */
    private static List<String> jarsIn(Path directory) {
        List<String> jars = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")) {
                    jars.add(file.toString());
                }
            }
        } catch (IOException e) {
            jars.add(directory.toString()); // Why: the discovery then says that this entry does not exist.
        }
        jars.sort(null);
        return jars;
    }
}
