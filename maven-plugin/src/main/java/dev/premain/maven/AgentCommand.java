package dev.premain.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of one run of the agent jar's tools: {@code java @ARGFILE}, where the argument
 * file holds {@code -jar premain-agent.jar audit --class-path CP [--json] [--options OPTIONS]} or
 * {@code -jar premain-agent.jar index --class-path CP --out FILE}.
 *
 * <p>Why an argument file: a project with a few hundred dependencies has a class path longer than
 * Windows accepts on a command line (32K characters) and than Linux accepts in one argument (128 KiB);
 * the {@code java} launcher (JDK 9 and later) reads the whole command, {@code -jar} included, from the file.
 */
record AgentCommand(Path java, Path agentJar, List<String> toolArguments) {
    /** The audit of {@code classPath}, as text or JSON, shaped by agent {@code options} (or {@code null}). */
    static AgentCommand audit(Path java, Path agentJar, List<Path> classPath, String options, boolean json) {
        List<String> args = new ArrayList<>(List.of("audit", "--class-path", classPathString(classPath)));
        if (json) {
            args.add("--json");
        }
        if (options != null && !options.isBlank()) {
            args.add("--options");
            args.add(options.strip());
        }
        return new AgentCommand(java, agentJar, args);
    }

    /** The build-time class-path index of {@code classPath}, written to {@code out}. */
    static AgentCommand index(Path java, Path agentJar, List<Path> classPath, Path out) {
        return new AgentCommand(java, agentJar, List.of("index", "--class-path", classPathString(classPath), "--out",
                out.toString()));
    }

    /** Returns the {@code java} of the JVM that runs Maven. */
    static Path currentJava() {
        boolean windows = File.separatorChar == '\\';
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    /** Returns the arguments that go into the argument file, in order, unquoted. */
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("-jar", agentJar.toString()));
        args.addAll(toolArguments);
        return args;
    }

    /** Returns the argument file's text: one double-quoted argument a line, as the launcher reads it. */
    String argumentFile() {
        StringBuilder text = new StringBuilder();
        for (String arg : arguments()) {
            // Why escape backslashes: inside quotes the launcher reads '\' as an escape, and Windows paths have many.
            text.append('"').append(arg.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        }
        return text.toString();
    }

    /** Returns the process command: the {@code java} executable and {@code @argfile}. */
    List<String> command(Path argumentFile) {
        return List.of(java.toString(), "@" + argumentFile);
    }

    private static String classPathString(List<Path> classPath) {
        StringBuilder cp = new StringBuilder();
        for (Path entry : classPath) {
            if (cp.length() > 0) {
                cp.append(File.pathSeparatorChar);
            }
            cp.append(entry);
        }
        return cp.toString();
    }
}
