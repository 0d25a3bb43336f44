package dev.premain.agent;

import dev.premain.agent.internal.AgentLaunch;
import dev.premain.agent.internal.launcher.LauncherHook;
import dev.premain.agent.internal.launcher.LauncherJar;
import dev.premain.agent.internal.launcher.UnsupportedLayout;
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
        String launcher = LauncherJar.launcher(System.getProperty("sun.java.command"),
                System.getProperty("java.class.path"));
        if (launcher != null) {
            // Why not now: the application's classes and its premain-api are nested in the jar, visible only
            // to the class loader the launcher builds; Premain bootstraps that loader at the hand-over to main.
            LauncherHook.install(args, instrumentation, launcher);
            return;
        }
        if (apiMissing()) {
            UnsupportedLayout.warnIfNested(System.getProperty("sun.java.command"),
                    System.getProperty("java.class.path"));
            return;
        }
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
        if (apiMissing()) {
            return;
        }
        exitUnlessOk(AgentLaunch.bootstrap(args, "the Launcher-Agent-Class options", instrumentation));
    }

    /**
     * Whether {@code premain-api} is absent from the application's class path. Why check before
     * anything else: the agent jar does not carry the API (a second copy would split its package on
     * the module path), so its classes cannot even load without it; and without the API no class of
     * the application can declare anything the JVM could link. A JVM started with the agent for
     * every process ({@code JAVA_TOOL_OPTIONS}) then runs untouched. Why {@code Class.forName}: it
     * costs nothing when the API is there, since the agent loads that class next anyway.
     */
    private static boolean apiMissing() {
        try {
            Class.forName("dev.premain.SectionBinder", false, ClassLoader.getSystemClassLoader());
            return false;
        } catch (ClassNotFoundException | LinkageError e) {
            return true;
        }
    }

    private static void exitUnlessOk(int status) {
        if (status != 0) {
            // Why exit, not throw: an exception from premain makes the JVM print a stack-trace wall
            // and "FATAL ERROR in native method"; the report is already on stderr.
            System.exit(status);
        }
    }
}
