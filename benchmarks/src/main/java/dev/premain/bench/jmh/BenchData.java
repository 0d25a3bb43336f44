package dev.premain.bench.jmh;

import java.util.Random;

/** Deterministic benchmark data, so every run and every side of a comparison reads the same values. */
final class BenchData {
    /** Probes per lookup benchmark call: enough to amortize the call, a power of two for masking. */
    static final int PROBES = 1024;

    private BenchData() {
    }

    /** {@code 0, 2, 4, ...}: sorted, and odd probes miss. */
    static Integer[] evenIntegers(int size) {
        Integer[] values = new Integer[size];
        for (int i = 0; i < size; i++) {
            values[i] = 2 * i;
        }
        return values;
    }

    /** {@link #PROBES} values from {@code 0} to {@code 2 * size}: about half hit, half miss. */
    static Integer[] probes(int size) {
        Random random = new Random(42);
        Integer[] probes = new Integer[PROBES];
        for (int i = 0; i < PROBES; i++) {
            probes[i] = random.nextInt(2 * size);
        }
        return probes;
    }

    /** The map benchmarks' keys, {@code "key-0" ... }. */
    static String key(int i) {
        return "key-" + i;
    }

    /** {@link #PROBES} keys of which every fourth is absent. */
    static String[] keyProbes(int size) {
        Random random = new Random(42);
        String[] probes = new String[PROBES];
        for (int i = 0; i < PROBES; i++) {
            probes[i] = i % 4 == 3 ? "absent-" + i : key(random.nextInt(size));
        }
        return probes;
    }
}
