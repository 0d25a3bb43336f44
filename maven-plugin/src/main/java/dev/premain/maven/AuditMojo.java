package dev.premain.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Goal {@code audit}: prints what the agent would run before {@code main} on the project's runtime class
 * path, and fails the build if the agent would stop the application.
 *
 * <p>It runs {@code java -jar premain-agent.jar audit} in a child JVM, with the {@code java} of the JVM
 * that runs Maven, on the project's output directory and runtime dependencies; nothing is run or
 * initialized, and the plan is the agent's own. Its report goes to the build log. The child has
 * {@link #timeout} seconds. Exit status 65 (errors in the plan) fails the build unless
 * {@link #failOnError} is {@code false}; a refused {@link #options} string, a timeout or an internal error
 * stops the build with an error.
 *
 * @since 0.1
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class AuditMojo extends AbstractMojo {
    /** The project whose runtime class path is audited. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The plugin's own dependencies, keyed {@code groupId:artifactId}; the agent jar is one of them. */
    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    private Map<String, Artifact> pluginArtifacts;

    /** Agent options that shape the plan, comma-separated, e.g. {@code trust=com.acme,packages=com.acme}. */
    @Parameter(property = "premain.options")
    private String options;

    /** Whether errors in the plan fail the build; with {@code false} they are logged as a warning. */
    @Parameter(property = "premain.audit.failOnError", defaultValue = "true")
    private boolean failOnError;

    /** Also writes the audit as JSON to {@code premain-audit.json} in the build directory ({@code target/}). */
    @Parameter(property = "premain.audit.json", defaultValue = "false")
    private boolean json;

    /** Seconds the audit may take; past that the child JVM is stopped and the build stops with an error. */
    @Parameter(property = "premain.audit.timeout", defaultValue = "120")
    private int timeout;

    /** Skips this goal. */
    @Parameter(property = "premain.skip", defaultValue = "false")
    private boolean skip;

    /** Creates the mojo; Maven sets its parameters. */
    public AuditMojo() {
    }

    /**
     * Runs the audit.
     *
     * @throws MojoFailureException if the plan has errors and {@link #failOnError} is set
     * @throws MojoExecutionException if the audit could not judge the plan (timeout, refused options,
     *     internal error) or could not be started
     */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Premain audit: 'skip' is set.");
            return;
        }
        List<Path> classPath = classPath();
        if (classPath.isEmpty()) {
            getLog().info("Skipping Premain audit: " + project.getId() + " has no classes and no runtime dependencies.");
            return;
        }
        Path agentJar = AgentJar.in(pluginArtifacts);
        AuditVerdict verdict = new AuditVerdict(where(classPath), options, Duration.ofSeconds(timeout));
        Optional<String> errors = verdict.errors(run(AgentCommand.audit(AgentCommand.currentJava(), agentJar,
                classPath, options, false), null));
        if (json) {
            writeJson(agentJar, classPath, verdict);
        }
        if (errors.isPresent() && failOnError) {
            throw new MojoFailureException(errors.get());
        }
        errors.ifPresent(getLog()::warn);
    }

    /**
     * The output directory and the runtime dependencies. Why only existing entries: a module without main
     * classes has no output directory, and the audit would warn about a missing entry nobody asked for.
     */
    private List<Path> classPath() throws MojoExecutionException {
        try {
            return project.getRuntimeClasspathElements().stream().map(Path::of).filter(Files::exists)
                    .collect(Collectors.toList());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Internal error: the runtime class path of " + project.getId()
                    + " was not resolved for the Premain audit. Please report this.", e);
        }
    }

    private String where(List<Path> classPath) {
        long jars = classPath.stream().filter(entry -> !Files.isDirectory(entry)).count();
        long directories = classPath.size() - jars;
        return "the runtime class path of " + project.getId() + " (" + directories + " director"
                + (directories == 1 ? "y" : "ies") + " and " + jars + " jar" + (jars == 1 ? "" : "s") + ")";
    }

    /** Why a second run: the text report feeds the log and the failure message, the JSON one the file. */
    private void writeJson(Path agentJar, List<Path> classPath, AuditVerdict verdict) throws MojoExecutionException {
        Path file = Path.of(project.getBuild().getDirectory(), "premain-audit.json");
        verdict.errors(run(AgentCommand.audit(AgentCommand.currentJava(), agentJar, classPath, options, true), file));
        getLog().info("Premain audit written to " + file);
    }

    private AgentProcess.Result run(AgentCommand command, Path stdoutFile) throws MojoExecutionException {
        Path argumentFile = Path.of(project.getBuild().getDirectory(), "premain-audit.args");
        getLog().debug("Premain audit: " + String.join(" ", command.command(argumentFile)) + " with "
                + command.arguments());
        try {
            return new AgentProcess(Duration.ofSeconds(timeout), this::log).run(command, argumentFile, stdoutFile);
        } catch (IOException e) {
            throw new MojoExecutionException("Premain audit could not start " + command.java() + ": " + e.getMessage()
                    + ". Check that JAVA_HOME names a JDK or JRE 17 or later.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Premain audit was interrupted.", e);
        }
    }

    /** Problem lines go out as errors and warnings, the rest of the report as info. */
    private synchronized void log(AgentProcess.OutputLine line) {
        String text = line.text();
        String stripped = text.strip();
        if (stripped.startsWith("error: ") || text.startsWith("premain: error: ")) {
            getLog().error(text);
        } else if (stripped.startsWith("warning: ") || text.startsWith("premain: warning: ") || line.stderr()) {
            getLog().warn(text);
        } else {
            getLog().info(text);
        }
    }
}
