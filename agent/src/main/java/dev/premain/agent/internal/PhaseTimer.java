package dev.premain.agent.internal;

import java.util.ArrayList;
import java.util.List;

/** Wall-clock time of each bootstrap phase, for the {@code report} option. */
public final class PhaseTimer {
    private final List<String> phases = new ArrayList<>();
    private final List<Long> nanos = new ArrayList<>();
    private final long start = System.nanoTime();
    private long last = start;

    /** @return when timing started, as {@code System.nanoTime()} */
    public long start() {
        return start;
    }

    /** @return the phases so far, in order */
    public List<String> phases() {
        return List.copyOf(phases);
    }

    /** @return each phase's duration in nanoseconds, in the order of {@link #phases()} */
    public List<Long> durations() {
        return List.copyOf(nanos);
    }

    public void lap(String phase) {
        long now = System.nanoTime();
        phases.add(phase);
        nanos.add(now - last);
        last = now;
    }

    /** Formats only when asked: {@code String.format} costs ~25 ms the first time in a JVM. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < phases.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(phases.get(i)).append(' ').append(millis(nanos.get(i)));
        }
        return text.append(" (total ").append(millis(last - start)).append(')').toString();
    }

    public static String millis(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }
}
