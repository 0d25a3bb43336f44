package dev.premain.bench.agent;

import java.lang.instrument.Instrumentation;

/**
 * The lower bound of SPEC §6: reads a precomputed list of ctors (class and method, already in plan
 * order) and runs each through a {@code MethodHandle}. No scanning, no validation, no sections.
 */
public final class ReferenceAgent {
    /** The list the app generator writes: one {@code class method} line per ctor, in run order. */
    static final String CTORS = "META-INF/bench/ctors.list";

    private ReferenceAgent() {
    }

    /**
     * Runs the listed ctors.
     *
     * @param args ignored
     * @param instrumentation ignored
     */
    public static void premain(String args, Instrumentation instrumentation) {
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        for (String[] line : ListedCtors.read(loader, CTORS)) {
            ListedCtors.run(loader, line[0], line[1]);
        }
    }
}
