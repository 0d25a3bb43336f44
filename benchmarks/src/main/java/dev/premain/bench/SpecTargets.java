package dev.premain.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Checks the measured sets against SPEC §6, one row per target and class path. */
final class SpecTargets {
    private final List<SetResult> results;
    private final List<SetResult> aot;
    private final StringBuilder rows = new StringBuilder("| target | class path | measured | limit | met? |\n"
            + "|---|---|---:|---:|---|\n");

    SpecTargets(List<SetResult> results, List<SetResult> aot) {
        this.results = results;
        this.aot = aot;
    }

    String table() {
        for (SetResult set : results) {
            for (String indexed : List.of("premain-indexed", "premain-indexed-cache", "premain-index-only")) {
                ratio("Indexed (" + indexed + ") ≤ 1.10× reference", set, indexed, "reference", 1.10);
            }
            ratio("Indexed (premain-indexed-cache) ≤ 1.0× ServiceLoader in an agent", set, "premain-indexed-cache",
                    "serviceloader-agent", 1.0);
            ratio("Indexed (premain-indexed-cache) ≤ 1.0× ServiceLoader in main (no agent)", set,
                    "premain-indexed-cache", "serviceloader-main", 1.0);
            rss(set, "premain-indexed-cache");
            rss(set, "premain-index-only");
            ratio("Scan, packages=app ≤ 1.1× raw ClassGraph on package app", set, "premain-scan-app",
                    "classgraph-app", 1.1);
            ratio("Scan, unrestricted first start ≤ 0.5× raw ClassGraph full (time)", set, "premain-scan-first",
                    "classgraph-full", 0.5);
            rssRatio(set);
            ratio("Later start (warm scan cache) ≤ 1.10× indexed path (index=only)", set, "premain-scan-warm",
                    "premain-index-only", 1.10);
            ratio("Later start (warm scan cache) ≤ 1.10× indexed path (indexed + warm cache)", set,
                    "premain-scan-warm", "premain-indexed-cache", 1.10);
            ratio("Build-time class-path index, no writable cache (premain-cpindex) ≤ 1.10× warm start"
                    + " (premain-indexed-cache)", set, "premain-cpindex", "premain-indexed-cache", 1.10);
            rss(set, "premain-cpindex");
            ratio("Scan, unrestricted first start ≤ " + (set.set().equals("small") ? "1.0" : "0.25")
                    + "× raw ClassGraph full (issue 12)", set, "premain-scan-first", "classgraph-full",
                    set.set().equals("small") ? 1.0 : 0.25);
            ratio("This build vs BASELINE_AGENT: indexed, cache=off", set, "premain-indexed",
                    "premain-indexed-before", 1.05);
            ratio("This build vs BASELINE_AGENT: indexed, warm cache", set, "premain-indexed-cache",
                    "premain-indexed-cache-before", 1.05);
        }
        for (String indexed : List.of("premain-indexed", "premain-indexed-cache", "premain-index-only")) {
            flat(indexed, "bare");
            flat(indexed, "empty-agent");
        }
        flat("premain-indexed-first", "empty-agent-first");
        for (SetResult set : aot) {
            aotCut(set);
        }
        return rows.toString();
    }

    private void ratio(String target, SetResult set, String variant, String base, double limit) {
        if (set.has(variant) && set.has(base)) {
            double value = Stats.pairedRatio(set.of(variant), set.of(base));
            row(target, set.set(), f("%.2f×", value), f("%.2f×", limit), value <= limit);
        }
    }

    private void rss(SetResult set, String variant) {
        if (set.has(variant) && set.has("empty-agent")) {
            double extra = Stats.medianRssMb(set.of(variant)) - Stats.medianRssMb(set.of("empty-agent"));
            row("Indexed (" + variant + ") peak RSS ≤ empty agent + 20 MB", set.set(), f("%+.0f MB", extra), "+20 MB",
                    extra <= 20);
        }
    }

    private void rssRatio(SetResult set) {
        if (set.has("premain-scan-first") && set.has("classgraph-full")) {
            double value = Stats.pairedRssRatio(set.of("premain-scan-first"), set.of("classgraph-full"));
            row("Scan, unrestricted first start ≤ 0.5× raw ClassGraph full (peak RSS)", set.set(),
                    f("%.2f×", value), "0.50×", value <= 0.5);
        }
    }

    /**
     * Flat: what the variant adds to {@code base} grows by at most 10% (or 5 ms) from syn1k to
     * syn50k. Over the bare JVM is the SPEC's wording; over the empty agent leaves out what the JVM
     * itself charges every agent for a longer class path.
     */
    private void flat(String variant, String base) {
        Optional<SetResult> small = find("syn1k");
        Optional<SetResult> large = find("syn50k");
        if (small.isEmpty() || large.isEmpty() || !small.get().has(variant) || !small.get().has(base)) {
            return;
        }
        double a = Stats.pairedDifference(small.get().of(variant), small.get().of(base));
        double b = Stats.pairedDifference(large.get().of(variant), large.get().of(base));
        double limit = Math.max(a * 1.10, a + 5);
        row("Flat in class-path size (" + variant + "): cost over " + base + ", syn1k → syn50k", "syn1k → syn50k",
                f("%.0f → %.0f ms", a, b), f("≤ %.0f ms", limit), b <= limit);
    }

    private void aotCut(SetResult set) {
        aotCut(set, "premain-indexed-cache+aot", "premain-indexed-cache");
        aotCut(set, "premain-indexed-first+aot", "premain-indexed-first");
        aotCut(set, "premain-indexed-first+aot", "premain-indexed-cache");
        aotCut(set, "premain-cpindex-first+aot", "premain-cpindex");
        fastest(set, "premain-cpindex-first+aot");
    }

    /** Whether the variant is the fastest of all Premain variants in the set (issue 12's recipe). */
    private void fastest(SetResult set, String variant) {
        if (!set.has(variant)) {
            return;
        }
        String best = variant;
        for (Variant other : set.variants()) {
            if (other.name().startsWith("premain-")
                    && Stats.medianMillis(set.of(other.name())) < Stats.medianMillis(set.of(best))) {
                best = other.name();
            }
        }
        row("JDK 25 AOT cache + class-path index is the fastest Premain variant", set.set(), best, variant,
                best.equals(variant));
    }

    private void aotCut(SetResult set, String variant, String base) {
        if (set.has(base) && set.has(variant)) {
            double cut = 1 - Stats.pairedRatio(set.of(variant), set.of(base));
            row("JDK 25 AOT cache cuts Premain's start by ≥ 30%: " + variant + " vs " + base, set.set(),
                    f("%.0f%%", cut * 100), "≥ 30%", cut >= 0.30);
        }
    }

    private Optional<SetResult> find(String set) {
        return results.stream().filter(r -> r.set().equals(set)).findFirst();
    }

    private void row(String target, String set, String measured, String limit, boolean met) {
        rows.append("| ").append(target).append(" | ").append(set).append(" | ").append(measured).append(" | ")
                .append(limit).append(" | ").append(met ? "met" : "**not met**").append(" |\n");
    }

    private static String f(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }

    private static String f(String format, double a, double b) {
        return String.format(Locale.ROOT, format, a, b);
    }
}
