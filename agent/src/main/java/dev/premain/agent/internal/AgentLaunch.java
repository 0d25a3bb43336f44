package dev.premain.agent.internal;

import dev.premain.SectionBinder;
import dev.premain.agent.internal.discovery.ClassPathElements;
import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.options.AgentOptions;
import dev.premain.agent.internal.options.OptionsException;
import dev.premain.agent.internal.options.OptionsParser;
import dev.premain.agent.internal.problem.ExitStatus;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
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

    // Why a static: the outcome of this JVM's one bootstrap attempt, so a second attempt (the agent twice,
    // or the agent plus Premain.bootstrap()) repeats its answer instead of running anything again.
    private static Outcome outcome;

    /**
     * Bootstraps this JVM through the agent, unless it was bootstrapped before.
     *
     * @param agentArgs the {@code -javaagent} arguments, or {@code null}
     * @param origin how the options were given, for messages
     * @param instrumentation the agent's instrumentation
     * @return the exit status; anything but 0 means main must not run
     */
    public static int bootstrap(String agentArgs, String origin, Instrumentation instrumentation) {
        return attempt(agentArgs, origin, instrumentation, Route.AGENT).status();
    }

    /**
     * Bootstraps this JVM, or returns how the earlier attempt ended: at most one attempt per JVM, so
     * no ctor ever runs twice.
     */
    static synchronized Outcome attempt(String agentArgs, String origin, Instrumentation instrumentation,
            Route route) {
        if (outcome == null) {
            outcome = firstAttempt(agentArgs, origin, instrumentation, route, ClassLoader.getSystemClassLoader(),
                    null);
        }
        return outcome;
    }

    /**
     * Bootstraps a class loader that is not the JVM's own: the one a launcher built (Spring Boot's), at
     * its hand-over to {@code main}, or the one that defined this copy of the agent when
     * {@code Premain.bootstrap()} runs inside such an application.
     *
     * @param agentArgs the {@code -javaagent} arguments, or {@code null}
     * @param origin how the options were given, for messages
     * @param instrumentation the agent's instrumentation, or {@code null} in process
     * @param route how this JVM is being bootstrapped
     * @param loader the application's class loader
     * @param classPath its class path
     * @return how it ended
     */
    static synchronized Outcome attemptLoader(String agentArgs, String origin, Instrumentation instrumentation,
            Route route, ClassLoader loader, java.net.URL[] classPath) {
        if (outcome == null) {
            outcome = firstAttempt(agentArgs, origin, instrumentation, route, loader, classPath);
        }
        return outcome;
    }

    private static Outcome firstAttempt(String agentArgs, String origin, Instrumentation instrumentation,
            Route route, ClassLoader loader, java.net.URL[] launchedClassPath) {
        Optional<SectionBinder> binder = SectionBinder.claim();
        if (binder.isEmpty()) {
            return Outcome.OK; // Why: another copy of the agent (another class loader) bootstrapped this JVM.
        }
        try {
            // Why everything inside: anything escaping premain makes the JVM print "FATAL ERROR in native
            // method", and even reading the options touches the file system (the options resource).
            AgentOptions options;
            try {
                options = new OptionsParser()
                        .apply(launchedClassPath == null ? resource() : resource(loader), "the resource "
                                + OptionsParser.RESOURCE)
                        .apply(System.getProperty(OptionsParser.PROPERTY), "the system property "
                                + OptionsParser.PROPERTY)
                        .apply(agentArgs, origin).options();
            } catch (OptionsException e) {
                return failed(ExitStatus.BAD_OPTIONS, Problem.error(ProblemCode.BAD_OPTIONS, e.getMessage(), null,
                        null, null, null));
            }
            Outcome done = new Bootstrap(loader, new ModuleOpener(instrumentation), instrumentation, route,
                    launchedClassPath).run(options, binder.get());
            if (done.succeeded()) {
                binder.get().markBootstrapped();
            }
            return done;
        } catch (RuntimeException | Error e) {
            return failed(ExitStatus.INTERNAL_ERROR, Problem.error(ProblemCode.INTERNAL_ERROR, "Internal error in"
                    + " Premain,", "please report it with this message", null, route == Route.AGENT
                    ? "main was not started (exit status " + ExitStatus.INTERNAL_ERROR + ")."
                    : "Premain.bootstrap() throws IllegalStateException.", "Start with index=off or cache=off to try"
                    + " another path meanwhile.").causedBy(Failure.describe(e)));
        }
    }

    private static Outcome failed(int status, Problem problem) {
        Diagnostics.print(problem);
        return new Outcome(status, List.of(problem), null);
    }

    /** Explains why loading the agent into a running JVM changes nothing. */
    public static void refuseDynamicAttach() {
        Diagnostics.print(Problem.error(ProblemCode.DYNAMIC_ATTACH, "Premain", "was loaded into a running JVM"
                + " (dynamic attach), but its work must happen before main: ctors would run late and sections could"
                + " not be sealed before other code reads them", null, "Nothing was changed.", "Start the JVM with"
                + " -javaagent:premain-agent.jar, or call Premain.bootstrap() first in main."));
    }

    /** The resource's text as one option string: comments dropped, one option per line joined by commas. */
    private static String options(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replaceAll("(?m)^#.*$", "")
                .replaceAll("\\s*\\R\\s*", ",").replaceAll(",+", ",").replaceAll("^,|,$", "");
    }

    /**
     * The options resource as a launcher's class loader finds it (in {@code BOOT-INF/classes} of a
     * Spring Boot jar), or {@code null}. Why the loader here: its class path is nested in one jar, so
     * looking a resource up opens nothing that would not be opened anyway.
     */
    private static String resource(ClassLoader launched) {
        java.net.URL found = launched.getResource(OptionsParser.RESOURCE);
        if (found == null) {
            return null;
        }
        try (java.io.InputStream in = found.openStream()) {
            return options(in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The options resource of the application: {@value OptionsParser#RESOURCE} in the first class-path
     * entry (with {@code java -jar}, the application jar). Why not {@code ClassLoader.getResource}: a
     * resource that is absent makes the loader open every jar on the class path, before main.
     */
    private static String resource() {
        Path first = ClassPathElements.first(System.getProperty("java.class.path"));
        if (first == null) {
            return null;
        }
        try {
            byte[] bytes = Files.isDirectory(first) ? fileBytes(first.resolve(OptionsParser.RESOURCE))
                    : Files.isRegularFile(first) ? entryBytes(first) : null;
            return bytes == null ? null : options(bytes);
        } catch (IOException e) {
            Diagnostics.print(Problem.warning(ProblemCode.OPTIONS_RESOURCE, "Cannot read " + OptionsParser.RESOURCE
                    + " in '" + first + "': " + e, null, null, "Its options are ignored.", null));
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
