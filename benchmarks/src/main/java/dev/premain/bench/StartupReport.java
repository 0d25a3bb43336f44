package dev.premain.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes the measured sets as markdown: a summary across class paths, the targets, then one table per set. */
final class StartupReport {
    private final String header;
    private final List<SetResult> results;
    private final List<SetResult> aot;

    /**
     * @param header the machine and command description, already markdown
     * @param results the JDK 17 sets
     * @param aot the JDK 25 AOT sets
     */
    StartupReport(String header, List<SetResult> results, List<SetResult> aot) {
        this.header = header;
        this.results = results;
        this.aot = aot;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Startup benchmark\n\n").append(header).append('\n');
        if (!results.isEmpty()) {
            md.append("## Medians across class paths (ms, whole process)\n\n").append(summary(results)).append('\n');
        }
        md.append("## SPEC §6 targets\n\n").append(new SpecTargets(results, aot).table()).append('\n');
        for (SetResult set : results) {
            md.append(detail(set)).append('\n');
        }
        for (SetResult set : aot) {
            md.append(aotDetail(set)).append('\n');
        }
        return md.toString();
    }

    private static String summary(List<SetResult> sets) {
        Set<String> names = new LinkedHashSet<>();
        StringBuilder md = new StringBuilder("| variant |");
        StringBuilder rule = new StringBuilder("|---|");
        for (SetResult set : sets) {
            md.append(' ').append(set.set()).append(" (").append(set.jars()).append(" jars) |");
            rule.append("---:|");
            set.variants().forEach(v -> names.add(v.name()));
        }
        md.append('\n').append(rule).append('\n');
        for (String name : names) {
            md.append("| ").append(name).append(" |");
            for (SetResult set : sets) {
                md.append(' ').append(set.has(name) ? ms(Stats.medianMillis(set.of(name))) : "").append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String detail(SetResult set) {
        StringBuilder md = new StringBuilder("## ").append(set.title()).append("\n\n")
                .append(set.jars()).append(" jars; ").append(set.load()).append(".\n\n")
                .append("| variant | median ms | × bare | × empty agent | × reference | × reference-full | CPU ms |"
                        + " peak RSS MB | RSS − empty agent | what |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Variant variant : set.variants()) {
            List<Sample> samples = set.of(variant.name());
            md.append("| ").append(variant.name()).append(" | ").append(ms(Stats.medianMillis(samples)))
                    .append(" | ").append(ratio(set, samples, "bare")).append(" | ").append(ratio(set, samples,
                            "empty-agent")).append(" | ").append(ratio(set, samples, "reference")).append(" | ")
                    .append(ratio(set, samples, "reference-full")).append(" | ")
                    .append(ms(Stats.medianCpuMillis(samples))).append(" | ")
                    .append(ms(Stats.medianRssMb(samples))).append(" | ")
                    .append(signed(Stats.medianRssMb(samples) - Stats.medianRssMb(set.of("empty-agent"))))
                    .append(" | ").append(variant.what()).append(" |\n");
        }
        return md.append(notes(set)).toString();
    }

    private static String aotDetail(SetResult set) {
        StringBuilder md = new StringBuilder("## ").append(set.title()).append("\n\n")
                .append(set.jars()).append(" jars; ").append(set.load()).append(".\n\n")
                .append("| variant | median ms | × bare | × same without AOT | CPU ms | peak RSS MB | what |\n")
                .append("|---|---:|---:|---:|---:|---:|---|\n");
        for (Variant variant : set.variants()) {
            List<Sample> samples = set.of(variant.name());
            String base = variant.name().endsWith("+aot") ? variant.name().replace("+aot", "") : null;
            md.append("| ").append(variant.name()).append(" | ").append(ms(Stats.medianMillis(samples))).append(" | ")
                    .append(ratio(set, samples, "bare")).append(" | ")
                    .append(base == null ? "" : ratio(set, samples, base)).append(" | ")
                    .append(ms(Stats.medianCpuMillis(samples))).append(" | ")
                    .append(ms(Stats.medianRssMb(samples))).append(" | ").append(variant.what()).append(" |\n");
        }
        return md.append(notes(set)).toString();
    }

    private static String notes(SetResult set) {
        if (set.notes().isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String note : set.notes()) {
            lines.add("- " + (note.length() > 400 ? note.substring(0, 400) + " …" : note));
        }
        return "\nPrinted on stderr by the check run:\n\n" + String.join("\n", lines) + "\n";
    }

    private static String ratio(SetResult set, List<Sample> samples, String base) {
        return set.has(base) ? String.format(Locale.ROOT, "%.2f", Stats.pairedRatio(samples, set.of(base))) : "";
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.0f", value);
    }
}
