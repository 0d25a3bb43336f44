package dev.premain.agent.internal;

import dev.premain.agent.internal.problem.ExitStatus;
/** The runtime behind {@code dev.premain.Premain.bootstrap()}: same pipeline, no agent. */
public final class InProcessBootstrap {
    private InProcessBootstrap() {
    }

    /**
     * Bootstraps now, on the calling thread; does nothing if this JVM was bootstrapped before.
     *
     * @throws IllegalStateException if Premain found errors (they are on stderr)
     */
    public static void run() {
        int status = AgentLaunch.bootstrap(null, "Premain.bootstrap()", null);
        if (status != ExitStatus.OK) {
            throw new IllegalStateException("Premain.bootstrap() failed with status " + status
                    + "; the report is on stderr.");
        }
    }
}
