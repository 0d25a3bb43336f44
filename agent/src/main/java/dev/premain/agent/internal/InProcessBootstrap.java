package dev.premain.agent.internal;

import java.net.URLClassLoader;

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
        // Why this copy's own loader: inside a launcher's application (Spring Boot's BOOT-INF/lib), the agent, the
        // API and the caller share the loader the launcher built, and that loader's class path is the application.
        ClassLoader own = InProcessBootstrap.class.getClassLoader();
        Outcome outcome = own instanceof URLClassLoader application
                ? AgentLaunch.attemptLoader(null, "Premain.bootstrap()", null, Route.IN_PROCESS, application,
                        application.getURLs())
                : AgentLaunch.attempt(null, "Premain.bootstrap()", null, Route.IN_PROCESS);
        if (!outcome.succeeded()) {
            throw new IllegalStateException("Premain.bootstrap() found errors (status " + outcome.status() + "),"
                    + " so this JVM is not bootstrapped; the report, also on stderr:" + outcome.report());
        }
    }
}
