package dev.premain.agent;

import dev.premain.agent.internal.AgentLaunch;
import java.lang.instrument.Instrumentation;

/**
 * The agent's entry point: {@code Premain-Class} and {@code Launcher-Agent-Class}. It does as
 * little as possible: delegate, and stop the JVM before {@code main} if bootstrapping failed.
 *
 * @since 0.1
 */
public final class PremainAgent {
    private PremainAgent() {
    }

    /**
     * Called by the JVM for {@code -javaagent:premain-agent.jar[=options]}, before {@code main}.
     *
     * @param args the options after {@code =}, or {@code null}
     * @param instrumentation used only to open packages of named modules to the agent
     */
    public static void premain(String args, Instrumentation instrumentation) {
        exitUnlessOk(AgentLaunch.bootstrap(args, "the -javaagent options", instrumentation));
    }

    /**
     * Called by the JVM for an executable jar whose manifest names this class as
     * {@code Launcher-Agent-Class}, before {@code main}.
     *
     * @param args always {@code null}: options come from the system property or the resource
     * @param instrumentation used only to open packages of named modules to the agent
     */
    public static void agentmain(String args, Instrumentation instrumentation) {
        exitUnlessOk(AgentLaunch.bootstrap(args, "the Launcher-Agent-Class options", instrumentation));
    }

    private static void exitUnlessOk(int status) {
        if (status != 0) {
            // Why exit, not throw: an exception from premain makes the JVM print a stack-trace wall
            // and "FATAL ERROR in native method"; the report is already on stderr.
            System.exit(status);
        }
    }
}
