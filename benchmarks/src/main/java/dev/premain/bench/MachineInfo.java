package dev.premain.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the report says about the machine: cores, memory, load, JDK versions. */
final class MachineInfo {
    private MachineInfo() {
    }

    static String describe() throws IOException {
        String cpu = "?";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
            if (line.startsWith("model name")) {
                cpu = line.substring(line.indexOf(':') + 1).strip();
                break;
            }
        }
        long kb = 0;
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.UTF_8)) {
            if (line.startsWith("MemTotal:")) {
                kb = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + String.format(Locale.ROOT, "%.1f GiB RAM", kb / 1024.0 / 1024.0) + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    /** The first line of {@code java -version}'s runtime description. */
    static String javaVersion(String java) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        String[] lines = text.strip().split("\n");
        return lines.length > 1 ? lines[1].strip() : text.strip();
    }
}
