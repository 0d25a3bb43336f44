package dev.premain.agent.internal.launcher;

import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.problem.ExitStatus;
import dev.premain.agent.internal.problem.Failure;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;

/**
 * What the hooked launcher calls just before it loads the application's main class: bootstraps
 * against the launcher's class loader, on the thread that then runs {@code main}. A failure ends the
 * JVM with the agent's exit status, as it does before {@code main} on any other route; so
 * {@code main} never runs with half-linked sections.
 */
public final class HandOver {
    /** The door the launched copy of the agent opens: {@code static int run(ClassLoader, String, Instrumentation)}. */
    static final String LAUNCHED_BOOTSTRAP = "dev.premain.agent.internal.LaunchedBootstrap";

    private static String agentArgs;
    private static Instrumentation instrumentation;
    private static String launcher;
    private static boolean fired;

    private HandOver() {
    }

    static synchronized void prepare(String args, Instrumentation agentInstrumentation, String launcherClass) {
        agentArgs = args;
        instrumentation = agentInstrumentation;
        launcher = launcherClass;
    }

    /**
     * Bootstraps the application in {@code launched}, once; called by the hooked launcher only.
     *
     * @param launched the class loader the launcher built for the application
     */
    public static void beforeMain(ClassLoader launched) {
        synchronized (HandOver.class) {
            if (fired) {
                return; // Why: a launcher may launch again (jarmode tools, a restart); the JVM bootstraps once.
            }
            fired = true;
        }
        int status = bootstrap(launched);
        if (status != 0) {
            // Why exit: main must not run after a failed bootstrap, and the report is already on stderr.
            System.exit(status);
        }
    }

    private static int bootstrap(ClassLoader launched) {
        try {
            URL agentJar = HandOver.class.getProtectionDomain().getCodeSource().getLocation();
            ClassLoader agent = new LaunchedAgentLoader(agentJar, launched);
            Method run = Class.forName(LAUNCHED_BOOTSTRAP, true, agent).getMethod("run", ClassLoader.class,
                    String.class, Instrumentation.class, String.class);
            return (Integer) run.invoke(null, launched, agentArgs, instrumentation, launcher);
        } catch (InvocationTargetException e) {
            return internalError(e.getCause());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return internalError(e);
        }
    }

    /** The hook could not be added: say so, since main will run without Premain. */
    static void hookFailed(String className, Throwable cause) {
        Diagnostics.print(Problem.error(ProblemCode.INTERNAL_ERROR, "Premain", "cannot hook " + className.replace('/',
                '.') + ", the launcher's hand-over to main", null, "The application starts without its ctors and"
                + " sections.", "Please report it, with the Spring Boot version.").causedBy(Failure.describe(cause)));
    }

    private static int internalError(Throwable cause) {
        Diagnostics.print(Problem.error(ProblemCode.INTERNAL_ERROR, "Internal error in Premain at the hand-over from "
                + launcher + ",", "please report it with this message", null, "main was not started (exit status "
                + ExitStatus.INTERNAL_ERROR + ").", null).causedBy(Failure.describe(cause)));
        return ExitStatus.INTERNAL_ERROR;
    }
}
