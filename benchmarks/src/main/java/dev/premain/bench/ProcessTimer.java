package dev.premain.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Starts one JVM under {@code /usr/bin/time}, waits for it, and returns its time, peak RSS and output. */
final class ProcessTimer {
    private static final long TIMEOUT_SECONDS = 300;

    private final Path scratch;

    ProcessTimer(Path scratch) throws IOException {
        this.scratch = Files.createDirectories(scratch);
    }

    Sample run(Variant variant) throws IOException, InterruptedException {
        if (variant.freshDirectory() != null) {
            deleteRecursively(variant.freshDirectory()); // Not timed: a first start after a fresh install.
        }
        Path out = scratch.resolve("stdout");
        Path err = scratch.resolve("stderr");
        Path rss = scratch.resolve("rss");
        Files.deleteIfExists(rss);
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", rss.toString()));
        command.addAll(variant.command());
        // Why files, not pipes: reading pipes would need threads in this JVM competing for the 2 cores.
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(variant.name() + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        double millis = (System.nanoTime() - start) / 1e6;
        String[] usage = lastLine(rss).split(" ");
        double cpu = (Double.parseDouble(usage[1]) + Double.parseDouble(usage[2])) * 1000;
        return new Sample(millis, Long.parseLong(usage[0]), cpu, process.exitValue(), read(out), read(err));
    }

    private static String lastLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        // Why the last line: time prepends "Command exited with non-zero status N" on failure.
        return lines.get(lines.size() - 1).strip();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
