package dev.premain.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;

/** Finds {@code premain-agent.jar} among the plugin's own resolved dependencies. */
final class AgentJar {
    /** The agent's key in the plugin's artifact map ({@code groupId:artifactId}). */
    static final String KEY = "dev.premain:premain-agent";

    private AgentJar() {
    }

    /**
     * Returns the agent jar of the plugin's own version. Why the plugin's artifacts and not the project's:
     * the project may not depend on the agent at all, and a project dependency of another version would
     * pair this plugin with an agent it was not built with.
     */
    static Path in(Map<String, Artifact> pluginArtifacts) throws MojoExecutionException {
        Artifact artifact = pluginArtifacts == null ? null : pluginArtifacts.get(KEY);
        File file = artifact == null ? null : artifact.getFile();
        if (file == null || !file.isFile()) {
            throw new MojoExecutionException("Internal error in premain-maven-plugin: its own dependency '" + KEY
                    + "' did not resolve to a jar (found: " + (artifact == null ? "nothing" : artifact.getId() + " at "
                    + file) + "). The agent cannot be attached or audited. Please report this.");
        }
        return file.toPath().toAbsolutePath();
    }
}
