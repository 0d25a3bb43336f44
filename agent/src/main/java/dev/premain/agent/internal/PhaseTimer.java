package dev.premain.agent.internal;

import java.util.StringJoiner;

/** Wall-clock time of each bootstrap phase, for the {@code report} option. */
final class PhaseTimer {
    private final StringJoiner laps = new StringJoiner(", ");
    private final long start = System.nanoTime();
    private long last = start;

    void lap(String phase) {
        long now = System.nanoTime();
        laps.add(String.format("%s %.1f ms", phase, (now - last) / 1e6));
        last = now;
    }

    String summary() {
        return laps + String.format(" (total %.1f ms)", (last - start) / 1e6);
    }
}
