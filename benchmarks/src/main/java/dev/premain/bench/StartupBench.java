package dev.premain.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The startup harness's driver: times whole JVM processes of every variant on every class path in
 * interleaved rounds and writes a markdown report. run-startup.sh prepares its inputs and calls it:
 *
 * <pre>
 *   StartupBench --work DIR --classpaths DIR --java JAVA [--java25 JAVA] [--rounds N]
 *                [--sets small,syn1k,...] [--aot-sets small,...] --out FILE.md [--command TEXT]
 *                [--agent-version TEXT]
 * </pre>
 */
public final class StartupBench {
    private final Map<String, String> options;

    private StartupBench(Map<String, String> options) {
        this.options = options;
    }

    /**
     * Runs the benchmark.
     *
     * @param args see the class comment
     * @throws Exception if a variant fails or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new StartupBench(options).run();
    }

    private void run() throws IOException, InterruptedException {
        Layout layout = new Layout(Path.of(required("work")), Path.of(required("classpaths")));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "11"));
        ProcessTimer timer = new ProcessTimer(layout.work().resolve("scratch"));
        RoundRunner runner = new RoundRunner(timer, rounds);
        String start = MachineInfo.loadAverage();
        List<SetResult> results = new ArrayList<>();
        StartupVariants jdk17 = new StartupVariants(layout, required("java"), "jdk17");
        for (String set : list("sets")) {
            List<Path> fillers = layout.fillers(set);
            jdk17.writeClassPathIndex(set, fillers);
            results.add(runner.measure(set + ", JDK 17", set, fillers.size() + 2, jdk17.all(set, fillers)));
        }
        List<SetResult> aot = new ArrayList<>();
        if (options.containsKey("java25")) {
            StartupVariants jdk25 = new StartupVariants(layout, options.get("java25"), "jdk25");
            AotVariants trainer = new AotVariants(layout, timer);
            for (String set : list("aot-sets")) {
                List<Path> fillers = layout.fillers(set);
                jdk25.writeClassPathIndex(set, fillers);
                List<Variant> variants = trainer.trained(set, jdk25.all(set, fillers));
                aot.add(runner.measure(set + ", JDK 25 with and without the AOT cache", set, fillers.size() + 2,
                        variants));
            }
        }
        String header = header(rounds, start);
        Path out = Path.of(required("out"));
        Files.writeString(out, new StartupReport(header, results, aot).markdown(), StandardCharsets.UTF_8);
        RoundRunner.progress("wrote " + out);
    }

    private String header(int rounds, String loadAtStart) throws IOException, InterruptedException {
        StringBuilder md = new StringBuilder()
                .append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME))
                .append('\n')
                .append("- Machine: ").append(MachineInfo.describe()).append('\n')
                .append("- JDK 17: ").append(MachineInfo.javaVersion(required("java"))).append('\n');
        if (options.containsKey("java25")) {
            md.append("- JDK 25: ").append(MachineInfo.javaVersion(options.get("java25"))).append('\n');
        }
        return md.append("- Rounds: ").append(rounds).append(" interleaved (round r runs every variant once, order"
                + " rotated by r); medians of whole-process wall time; ratios are medians of per-round paired ratios;"
                + " peak RSS from /usr/bin/time -f %M\n")
                .append("- Load average at start: ").append(loadAtStart).append("; at end: ")
                .append(MachineInfo.loadAverage()).append('\n')
                .append("- Premain under test: ").append(options.getOrDefault("agent-version", "?")).append('\n')
                .append("- Command: `").append(options.getOrDefault("command", "benchmarks/run-startup.sh"))
                .append("`\n")
                .toString();
    }

    private List<String> list(String key) {
        String value = options.getOrDefault(key, "");
        return value.isBlank() ? List.of() : List.of(value.split(","));
    }

    private String required(String key) {
        String value = options.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return value;
    }
}
