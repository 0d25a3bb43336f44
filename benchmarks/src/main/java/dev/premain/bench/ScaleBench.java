package dev.premain.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scale series (issue 12): whole-process start with 1k / 10k / 100k / 1M items and 100 / 1k /
 * 10k ctors, indexed (the jar's own Premain index, no cache) and cold ({@code index=off}, no cache:
 * pre-filter and parse every class), each against the bare JVM on the same class path, in
 * interleaved rounds. Writes a Markdown table
 * with Premain's cost (median minus the bare JVM's) and its growth factor per 10×.
 *
 * <pre>
 *   ScaleBench --work DIR --agent premain-agent.jar --api premain-api.jar --java JAVA --rounds N
 *              --out FILE.md [--command TEXT]
 * </pre>
 */
public final class ScaleBench {
    /** Items series at 100 ctors, then ctors series at 1,000 items. */
    private static final int[][] POINTS = {{1_000, 100}, {10_000, 100}, {100_000, 100}, {1_000_000, 100},
        {1_000, 1_000}, {1_000, 10_000}};

    private final Map<String, String> options;

    private ScaleBench(Map<String, String> options) {
        this.options = options;
    }

    /**
     * Runs the series.
     *
     * @param args see the class comment
     * @throws Exception if a fixture cannot be written or a run fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new ScaleBench(options).run();
    }

    private void run() throws IOException, InterruptedException {
        Path work = Path.of(options.get("work"));
        String java = options.get("java");
        String agent = options.get("agent");
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        RoundRunner runner = new RoundRunner(new ProcessTimer(work.resolve("scratch")), rounds);
        List<Row> rows = new ArrayList<>();
        for (int[] point : POINTS) {
            rows.add(measure(runner, work, java, agent, point[0], point[1]));
        }
        Path out = Path.of(options.get("out"));
        Files.writeString(out, markdown(rows), StandardCharsets.UTF_8);
        RoundRunner.progress("wrote " + out);
    }

    private Row measure(RoundRunner runner, Path work, String java, String agent, int items, int ctors)
            throws IOException, InterruptedException {
        String name = items + "-" + ctors;
        Path jar = ScaleFixtures.write(work.resolve(name + ".jar"), items, ctors);
        String classPath = jar + File.pathSeparator + options.get("api");
        String expected = ScaleFixtures.expected(items, ctors);
        List<Variant> variants = List.of(
                new Variant("bare", "no agent; prints hello", List.of(java, "-Xmx2g", "-cp", classPath, "scale.Hello"),
                        "hello", null),
                new Variant("indexed", "the jar's own Premain index, cache=off", List.of(java, "-Xmx2g",
                        "-javaagent:" + agent + "=cache=off", "-cp", classPath, "scale.Main"), expected, null),
                new Variant("cold", "index=off, cache=off: pre-filter and parse every class", List.of(java, "-Xmx2g",
                        "-javaagent:" + agent + "=cache=off,index=off", "-cp", classPath, "scale.Main"), expected,
                        null));
        SetResult result = runner.measure(name, name, 2, variants);
        return new Row(items, ctors, Stats.medianMillis(result.of("bare")),
                Stats.medianMillis(result.of("indexed")), Stats.medianMillis(result.of("cold")),
                Stats.medianRssMb(result.of("indexed")), Stats.medianRssMb(result.of("cold")));
    }

    private String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder("# Scale series\n\n- Command: `")
                .append(options.getOrDefault("command", "benchmarks/run-scale.sh")).append("`\n- Rounds: ")
                .append(options.getOrDefault("rounds", "3")).append(" interleaved; medians of whole-process wall time;"
                + " cost = median − the bare JVM's median on the same class path; growth = cost at 10× ÷ cost\n\n")
                .append("| items | ctors | bare JVM ms | indexed ms (cost) | cold ms (cost) | growth per 10×,"
                + " indexed / cold | peak RSS MB, indexed / cold |\n|---:|---:|---:|---:|---:|---|---|\n");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Row previous = i == 0 ? null : i == 4 ? rows.get(0) : rows.get(i - 1); // Why 0: both series start there.
            md.append(f("| %,d | %,d | %.0f | %.0f (%.0f) | %.0f (%.0f) | ", row.items, row.ctors, row.bare, row.index,
                    row.index - row.bare, row.cold, row.cold - row.bare))
                    .append(previous == null ? "—" : f("%.2f× / %.2f×", row.indexCost() / previous.indexCost(),
                            row.coldCost() / previous.coldCost()))
                    .append(f(" | %.0f / %.0f |%n", row.indexRss, row.coldRss));
        }
        return md.toString();
    }

    private static String f(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }

    /** One point of the series, in milliseconds and megabytes. */
    private record Row(int items, int ctors, double bare, double index, double cold, double indexRss,
            double coldRss) {
        double indexCost() {
            return index - bare;
        }

        double coldCost() {
            return cold - bare;
        }
    }
}
