package dev.premain.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Starts a real JVM (the one running the tests), drains both streams, and times out. */
public final class ChildJvm {
    private static final Path JAVA = Paths.get(System.getProperty("java.home"), "bin", "java");
    private final List<String> command;
    private final java.util.Map<String, String> environment = new java.util.HashMap<>();

    /** A {@code java} process of the JDK that runs the tests. */
    public ChildJvm() {
        this("java");
    }

    /** Another tool of the same JDK, e.g. {@code javac}. */
    public ChildJvm(String tool) {
        command = new ArrayList<>(List.of(JAVA.resolveSibling(tool).toString()));
    }

    /** Sets an environment variable for the child. */
    public ChildJvm env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Adds JVM or program arguments, in order. */
    public ChildJvm args(String... args) {
        command.addAll(List.of(args));
        return this;
    }

    /** Adds {@code -javaagent:} with the real, shaded agent jar and optional options. */
    public ChildJvm agent(String options) {
        return args("-javaagent:" + TestJars.AGENT + (options == null ? "" : "=" + options));
    }

    /**
     * Adds {@code -cp} with these entries, and {@code premain-api} after them unless they name it: an
     * application compiles against the API, so it is on its class path (the agent jar does not carry it).
     */
    public ChildJvm classPath(Path... entries) {
        List<String> parts = new ArrayList<>();
        for (Path entry : entries) {
            parts.add(entry.toString());
        }
        if (!parts.contains(TestJars.API.toString())) {
            parts.add(TestJars.API.toString());
        }
        return args("-cp", String.join(java.io.File.pathSeparator, parts));
    }

    /** Runs to completion (at most 60 s) and returns status and output, with {@link Jars#WORK} shown as {@code $WORK}. */
    public Result run() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        // Why: the scan cache defaults to $XDG_CACHE_HOME/premain; keep the tests' cache out of $HOME.
        builder.environment().put("XDG_CACHE_HOME", TestJars.WORK.resolve("xdg-cache").toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child JVM timed out: " + command);
        }
        return new Result(process.exitValue(), clean(out.join()), clean(err.join()));
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String clean(String text) {
        return text.replace(System.lineSeparator(), "\n").replace(TestJars.WORK.toString(), "$WORK");
    }

    /**
     * What a child JVM did.
     *
     * @param status its exit status
     * @param out its stdout
     * @param err its stderr
     */
    public record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
