package dev.premain.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs one of the agent jar's tools (audit, index) in a child JVM, passing each output line on as it comes, and bounds it in time. */
final class AgentProcess {
    private final Duration timeout;
    private final Consumer<OutputLine> sink;

    /** One line the child printed, and whether it came from its standard error. */
    record OutputLine(String text, boolean stderr) {
    }

    /** How the child ended: its exit status (or none when it timed out) and every line it printed. */
    record Result(Integer exitStatus, List<OutputLine> lines) {
        boolean timedOut() {
            return exitStatus == null;
        }
    }

    AgentProcess(Duration timeout, Consumer<OutputLine> sink) {
        this.timeout = timeout;
        this.sink = sink;
    }

    /**
     * Runs {@code command}, writing its argument file to {@code argumentFile} first. With {@code stdoutFile}
     * set, standard output goes to that file instead of the sink (the JSON report).
     */
    Result run(AgentCommand command, Path argumentFile, Path stdoutFile) throws IOException, InterruptedException {
        Files.createDirectories(argumentFile.getParent());
        Files.writeString(argumentFile, command.argumentFile(), nativeCharset());
        ProcessBuilder builder = new ProcessBuilder(command.command(argumentFile));
        if (stdoutFile != null) {
            builder.redirectOutput(stdoutFile.toFile());
        }
        Process process = builder.start();
        process.getOutputStream().close();
        List<OutputLine> lines = Collections.synchronizedList(new ArrayList<>());
        // Why two threads: a child that fills the pipe of the stream nobody reads blocks forever.
        Thread out = stdoutFile == null ? drain(process.getInputStream(), false, lines) : null;
        Thread err = drain(process.getErrorStream(), true, lines);
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return new Result(null, List.copyOf(lines));
        }
        join(out);
        join(err);
        return new Result(process.exitValue(), List.copyOf(lines));
    }

    private Thread drain(InputStream stream, boolean stderr, List<OutputLine> lines) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, nativeCharset()))) {
                for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                    OutputLine line = new OutputLine(text, stderr);
                    lines.add(line);
                    sink.accept(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "premain-audit-" + (stderr ? "stderr" : "stdout"));
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Why bounded: a grandchild process could hold the pipe open after the child exited. */
    private static void join(Thread thread) throws InterruptedException {
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** The charset the {@code java} launcher and the child's console output use on this machine. */
    static Charset nativeCharset() {
        String name = System.getProperty("native.encoding");
        return name == null ? Charset.defaultCharset() : Charset.forName(name);
    }
}
