package dev.premain.bench.agent;

import java.lang.instrument.Instrumentation;

/**
 * An agent that does nothing: the floor every {@code -javaagent} pays before {@code premain} runs
 * (the JVM adds {@code java.instrument}, which switches off the archived module graph).
 */
public final class EmptyAgent {
    private EmptyAgent() {
    }

    /**
     * Does nothing.
     *
     * @param args ignored
     * @param instrumentation ignored
     */
    public static void premain(String args, Instrumentation instrumentation) {
        // Intentionally empty: this agent measures what attaching any agent costs.
    }
}
