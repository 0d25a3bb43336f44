package dev.premain.agent.internal;

/** The runtime behind {@code dev.premain.Premain.bootstrap()}: same pipeline, no agent. */
final class InProcessBootstrap {
    private InProcessBootstrap() {
    }

    /**
     * Bootstraps now, on the calling thread; does nothing if this JVM was bootstrapped before.
     *
     * @throws IllegalStateException with the report if Premain found errors, now or in the attempt
     *     before (it is on stderr too)
     */
    static void run() {
        Outcome outcome = AgentLaunch.attempt(null, "Premain.bootstrap()", null, Route.IN_PROCESS);
        if (!outcome.succeeded()) {
            throw new IllegalStateException("Premain.bootstrap() found errors (status " + outcome.status() + "),"
                    + " so this JVM is not bootstrapped; the report, also on stderr:" + outcome.report());
        }
    }
}
