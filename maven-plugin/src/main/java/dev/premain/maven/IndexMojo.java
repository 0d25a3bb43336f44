package dev.premain.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Goal {@code index}: writes the build-time class-path index of the project's runtime class path
 * into its classes, as {@code META-INF/premain/classpath.idx}, so the application jar carries it.
 *
 * <p>A start whose first class-path entry is that jar (as with {@code java -jar app.jar}, or
 * {@code -cp app.jar:lib/*}) reads it instead of scanning every dependency without an index of its
 * own: a fresh container starts as fast as a warm one, with no writable cache. Jars are recognised
 * by their content, so the index holds wherever the dependencies are copied; one changed later is
 * scanned at start. It runs {@code java -jar premain-agent.jar index} in a child JVM, bounded by
 * {@link #timeout} seconds; errors on the class path (which would also stop the application) fail
 * the build.
 *
 * @since 0.2
 */
@Mojo(name = "index", defaultPhase = LifecyclePhase.PREPARE_PACKAGE,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class IndexMojo extends AbstractMojo {
    /** The project whose runtime class path is indexed. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The plugin's own dependencies, keyed {@code groupId:artifactId}; the agent jar is one of them. */
    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    private Map<String, Artifact> pluginArtifacts;

    /**
     * Where the index is written. The default puts it into the application jar; another file must be
     * named at start with the agent option {@code classpath-index=FILE}.
     */
    @Parameter(property = "premain.index.output",
            defaultValue = "${project.build.outputDirectory}/META-INF/premain/classpath.idx")
    private String output;

    /** Seconds the index may take; past that the child JVM is stopped and the build stops with an error. */
    @Parameter(property = "premain.index.timeout", defaultValue = "120")
    private int timeout;

    /** Skips this goal. */
    @Parameter(property = "premain.skip", defaultValue = "false")
    private boolean skip;

    /** Creates the mojo; Maven sets its parameters. */
    public IndexMojo() {
    }

    /**
     * Writes the index.
     *
     * @throws MojoFailureException if the class path has errors that would stop the application
     * @throws MojoExecutionException if the index could not be written (timeout, I/O, internal error)
     */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Premain index: 'skip' is set.");
            return;
        }
        List<Path> jars = dependencyJars();
        Path file = Path.of(output);
        AgentCommand command = AgentCommand.index(AgentCommand.currentJava(), AgentJar.in(pluginArtifacts), jars,
                file);
        AgentProcess.Result result = run(command);
        if (result.timedOut()) {
            throw new MojoExecutionException("Premain index did not finish within " + timeout + " seconds and was"
                    + " stopped. Raise premain.index.timeout if the class path is very large.");
        }
        if (result.exitStatus() == 65) {
            throw new MojoFailureException("Premain index found errors in the runtime class path of "
                    + project.getId() + " (logged above); no index was written. They would also stop the"
                    + " application's start.");
        }
        if (result.exitStatus() != 0) {
            throw new MojoExecutionException("Premain index failed with exit status " + result.exitStatus()
                    + " (logged above).");
        }
    }

    /**
     * The runtime dependencies that are jars. Why not the output directory: a directory has no content
     * identity to key it by, and a start reads the application's own classes through their index.
     */
    private List<Path> dependencyJars() throws MojoExecutionException {
        try {
            List<Path> jars = new ArrayList<>();
            for (String element : project.getRuntimeClasspathElements()) {
                Path entry = Path.of(element);
                if (Files.isRegularFile(entry)) {
                    jars.add(entry);
                }
            }
            return jars;
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Internal error: the runtime class path of " + project.getId()
                    + " was not resolved for the Premain index. Please report this.", e);
        }
    }

    private AgentProcess.Result run(AgentCommand command) throws MojoExecutionException {
        Path argumentFile = Path.of(project.getBuild().getDirectory(), "premain-index.args");
        try {
            return new AgentProcess(Duration.ofSeconds(timeout), line -> {
                if (line.stderr()) {
                    getLog().warn(line.text());
                } else {
                    getLog().info(line.text());
                }
            }).run(command, argumentFile, null);
        } catch (IOException e) {
            throw new MojoExecutionException("Premain index could not start " + command.java() + ": " + e.getMessage()
                    + ". Check that JAVA_HOME names a JDK or JRE 17 or later.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Premain index was interrupted.", e);
        }
    }
}
