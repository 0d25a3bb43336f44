package dev.premain.agent.internal.discovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deletes a temporary directory tree, best effort: a leftover in the temporary directory harms nothing. */
final class Deletion {
    private Deletion() {
    }

    static void tree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // Best effort, see above.
        }
    }
}
