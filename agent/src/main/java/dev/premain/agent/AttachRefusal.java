package dev.premain.agent;

import dev.premain.agent.internal.AgentLaunch;
import java.lang.instrument.Instrumentation;

/**
 * The agent's {@code Agent-Class}: loading Premain into a running JVM (the Attach API) is refused,
 * because work that must happen before {@code main} cannot happen after it. Nothing is changed.
 *
 * @since 0.1
 */
public final class AttachRefusal {
    private AttachRefusal() {
    }

    /**
     * Called by the JVM when the agent is loaded into a running JVM; prints why nothing happens.
     *
     * @param args ignored
     * @param instrumentation ignored
     */
    public static void agentmain(String args, Instrumentation instrumentation) {
        AgentLaunch.refuseDynamicAttach();
    }
}
