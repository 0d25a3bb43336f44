package dev.premain.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and paired ratios over the rounds of one class path. */
final class Stats {
    private Stats() {
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double medianMillis(List<Sample> samples) {
        return median(samples.stream().map(Sample::millis).toList());
    }

    static double medianCpuMillis(List<Sample> samples) {
        return median(samples.stream().map(Sample::cpuMillis).toList());
    }

    static double medianRssMb(List<Sample> samples) {
        return median(samples.stream().map(s -> s.rssKb() / 1024.0).toList());
    }

    /**
     * The median over rounds of {@code a[r] / b[r]}: each ratio compares two runs of the same round,
     * so slow phases of the machine (other load, thermal) cancel out.
     */
    static double pairedRatio(List<Sample> a, List<Sample> b) {
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < Math.min(a.size(), b.size()); r++) {
            ratios.add(a.get(r).millis() / b.get(r).millis());
        }
        return median(ratios);
    }

    /** Like {@link #pairedRatio} for peak RSS. */
    static double pairedRssRatio(List<Sample> a, List<Sample> b) {
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < Math.min(a.size(), b.size()); r++) {
            ratios.add((double) a.get(r).rssKb() / b.get(r).rssKb());
        }
        return median(ratios);
    }

    /** The median over rounds of {@code a[r] - b[r]} in milliseconds: what {@code a} adds to {@code b}. */
    static double pairedDifference(List<Sample> a, List<Sample> b) {
        List<Double> differences = new ArrayList<>();
        for (int r = 0; r < Math.min(a.size(), b.size()); r++) {
            differences.add(a.get(r).millis() - b.get(r).millis());
        }
        return median(differences);
    }
}
