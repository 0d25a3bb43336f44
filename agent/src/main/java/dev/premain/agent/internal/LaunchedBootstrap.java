package dev.premain.agent.internal;

import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.problem.ExitStatus;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import java.lang.instrument.Instrumentation;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * The door a launcher's hand-over opens ({@code internal.launcher.HandOver}): this class is loaded in a
 * copy of the agent under the launcher's class loader, so everything from here on links against the
 * application's own {@code premain-api} and loads the application's classes through that loader.
 */
public final class LaunchedBootstrap {
    private LaunchedBootstrap() {
    }

    /**
     * Bootstraps the application the launcher is about to start.
     *
     * @param launched the launcher's class loader
     * @param agentArgs the {@code -javaagent} options, or {@code null}
     * @param instrumentation the agent's instrumentation
     * @param launcher the launcher's class name, for messages
     * @return the exit status; anything but 0 means main must not run
     */
    public static int run(ClassLoader launched, String agentArgs, Instrumentation instrumentation, String launcher) {
        if (!(launched instanceof URLClassLoader)) {
            Diagnostics.print(Problem.error(ProblemCode.INTERNAL_ERROR, launcher, "built a class loader that does not"
                    + " list its class path (" + launched.getClass().getName() + "), so Premain cannot find the"
                    + " application's ctors and sections", null, "main was not started (exit status "
                    + ExitStatus.INTERNAL_ERROR + ").", "Please report it, with the launcher's version."));
            return ExitStatus.INTERNAL_ERROR;
        }
        URL[] classPath = ((URLClassLoader) launched).getURLs();
        return AgentLaunch.attemptLoader(agentArgs, "the -javaagent options", instrumentation, Route.AGENT, launched,
                classPath).status();
    }
}
