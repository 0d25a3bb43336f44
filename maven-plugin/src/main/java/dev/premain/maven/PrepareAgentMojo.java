package dev.premain.maven;

import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Goal {@code prepare-agent}: sets a project property to {@code -javaagent:/abs/path/premain-agent.jar[=OPTIONS]}
 * so that the JVMs Surefire and Failsafe fork run every {@code @Ctor} before the tests, as in production.
 *
 * <p>The value is appended to the property's current value, so JaCoCo's agent and other arguments set
 * before this goal are kept. Surefire and Failsafe read {@code argLine} by default; with another
 * {@link #propertyName}, or with an {@code <argLine>} of their own, name it there as {@code @{NAME}}.
 * The path is double-quoted when it holds white space.
 *
 * @since 0.1
 */
@Mojo(name = "prepare-agent", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public final class PrepareAgentMojo extends AbstractMojo {
    /** The project whose property is set. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The session, for a value given on the command line ({@code -DargLine=...}). */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** The plugin's own dependencies, keyed {@code groupId:artifactId}; the agent jar is one of them. */
    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    private Map<String, Artifact> pluginArtifacts;

    /** The project property that receives the agent argument, e.g. {@code premainArgLine}. */
    @Parameter(property = "premain.propertyName", defaultValue = "argLine")
    private String propertyName;

    /** Agent options, comma-separated, e.g. {@code trust=com.acme,report}; none by default. */
    @Parameter(property = "premain.options")
    private String options;

    /** Skips this goal: the property is left as it is. */
    @Parameter(property = "premain.skip", defaultValue = "false")
    private boolean skip;

    /** Creates the mojo; Maven sets its parameters. */
    public PrepareAgentMojo() {
    }

    /**
     * Sets the property.
     *
     * @throws MojoExecutionException if the plugin's own agent dependency is missing (an internal error)
     */
    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping Premain prepare-agent: 'skip' is set.");
            return;
        }
        Path agentJar = AgentJar.in(pluginArtifacts);
        String value = ArgLine.append(currentValue(), agentJar, options);
        project.getProperties().setProperty(propertyName, value);
        getLog().info(propertyName + " set to " + value);
    }

    /**
     * The value to append to. Why the user property as a fallback: {@code -DargLine=-Xmx1g} on the command
     * line is not a project property, and overwriting it with the agent alone would drop it silently.
     */
    private String currentValue() {
        String value = project.getProperties().getProperty(propertyName);
        return value != null ? value : session.getUserProperties().getProperty(propertyName);
    }
}
