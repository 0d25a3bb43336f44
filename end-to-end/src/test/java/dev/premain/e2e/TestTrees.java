package dev.premain.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Directory trees the tests set up: deleted before a run, copied from the repository without build output. */
final class TestTrees {
    private TestTrees() {
    }

    /** Deletes {@code root} and everything under it, if it exists. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Copies {@code from} to a fresh {@code to}, leaving out its {@code target} directory. */
    static void copy(Path from, Path to) throws IOException {
        delete(to);
        List<Path> files;
        try (Stream<Path> all = Files.walk(from)) {
            files = all.filter(f -> !from.relativize(f).startsWith("target")).toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            if (Files.isDirectory(file)) {
                Files.createDirectories(target);
            } else {
                Files.copy(file, target);
            }
        }
    }
}
