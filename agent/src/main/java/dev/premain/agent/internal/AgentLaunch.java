package dev.premain.agent.internal;

import dev.premain.SectionBinder;
import dev.premain.agent.internal.discovery.ClassPathElements;
import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.options.AgentOptions;
import dev.premain.agent.internal.options.OptionsException;
import dev.premain.agent.internal.options.OptionsParser;
import dev.premain.agent.internal.problem.ExitStatus;
import dev.premain.agent.internal.problem.Failure;
import dev.premain.agent.internal.runtime.ModuleOpener;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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
                    .apply(resource(), "the resource " + OptionsParser.RESOURCE)
                    .apply(System.getProperty(OptionsParser.PROPERTY), "the system property " + OptionsParser.PROPERTY)
                    .apply(agentArgs, origin).options();
        } catch (OptionsException e) {
            Diagnostics.error(e.getMessage());
            return ExitStatus.BAD_OPTIONS;
        }
        try {
            return new Bootstrap(loader, new ModuleOpener(instrumentation), instrumentation).run(options, binder.get());
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

    /**
     * The options resource of the application: {@value OptionsParser#RESOURCE} in the first class-path
     * entry (with {@code java -jar}, the application jar). Why not {@code ClassLoader.getResource}: a
     * resource that is absent makes the loader open every jar on the class path, before main.
     */
    private static String resource() {
        List<Path> declared = ClassPathElements.parse(System.getProperty("java.class.path"));
        if (declared.isEmpty()) {
            return null;
        }
        Path first = declared.get(0);
        try {
            byte[] bytes = Files.isDirectory(first) ? fileBytes(first.resolve(OptionsParser.RESOURCE))
                    : Files.isRegularFile(first) ? entryBytes(first) : null;
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8).replaceAll("(?m)^#.*$", "")
                    .replaceAll("\\s*\\R\\s*", ",").replaceAll(",+", ",").replaceAll("^,|,$", "");
        } catch (IOException e) {
            Diagnostics.warning("Cannot read " + OptionsParser.RESOURCE + " in '" + first + "': " + e
                    + ". Its options are ignored.");
            return null;
        }
    }

    private static byte[] fileBytes(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }

    private static byte[] entryBytes(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(OptionsParser.RESOURCE);
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }
}
