package dev.premain.agent.internal;

import dev.premain.SectionBinder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The entry points' shared work: claim the binder once, read options, bootstrap. */
public final class AgentLaunch {
    private AgentLaunch() {
    }

    /**
     * Bootstraps this JVM unless it was bootstrapped before.
     *
     * @param agentArgs the {@code -javaagent} arguments, or {@code null}
     * @param origin how the options were given, for messages
     * @param instrumentation the agent's instrumentation, or {@code null} for the in-process bootstrap
     * @return the exit status; anything but 0 means main must not run
     */
    public static int bootstrap(String agentArgs, String origin, Instrumentation instrumentation) {
        Optional<SectionBinder> binder = SectionBinder.claim();
        if (binder.isEmpty()) {
            return ExitStatus.OK; // Why: bootstrapped before (agent twice, or agent plus Premain.bootstrap()).
        }
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        AgentOptions options;
        try {
            options = new OptionsParser()
                    .apply(resource(loader), "the resource " + OptionsParser.RESOURCE)
                    .apply(System.getProperty(OptionsParser.PROPERTY), "the system property " + OptionsParser.PROPERTY)
                    .apply(agentArgs, origin).options();
        } catch (OptionsException e) {
            Diagnostics.error(e.getMessage());
            return ExitStatus.BAD_OPTIONS;
        }
        try {
            return new Bootstrapper(loader, new ModuleOpener(instrumentation), instrumentation).run(options, binder.get());
        } catch (RuntimeException | Error e) {
            // Why catch all: anything escaping premain makes the JVM print "FATAL ERROR in native method".
            Diagnostics.error("Internal error in Premain, please report it with this message: " + Failure.describe(e)
                    + System.lineSeparator() + "    main was not started (exit status " + ExitStatus.INTERNAL_ERROR
                    + "). Start with index=off or cache=off to try another path meanwhile.");
            return ExitStatus.INTERNAL_ERROR;
        }
    }

    /** Explains why loading the agent into a running JVM changes nothing. */
    public static void refuseDynamicAttach() {
        Diagnostics.error("Premain was loaded into a running JVM (dynamic attach), but its work must happen before"
                + " main: ctors would run late and sections could not be sealed before other code reads them."
                + " Nothing was changed. Start the JVM with -javaagent:premain-agent.jar, or call"
                + " Premain.bootstrap() first in main.");
    }

    private static String resource(ClassLoader loader) {
        URL url = loader.getResource(OptionsParser.RESOURCE);
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^#.*$", "")
                    .replaceAll("\\s*\\R\\s*", ",").replaceAll(",+", ",").replaceAll("^,|,$", "");
        } catch (IOException e) {
            Diagnostics.warning("Cannot read " + url + ": " + e + ". Its options are ignored.");
            return null;
        }
    }
}
