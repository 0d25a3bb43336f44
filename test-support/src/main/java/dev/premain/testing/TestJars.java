package dev.premain.testing;

import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the artifacts under test are, from the system properties that Failsafe sets. */
public final class TestJars {
    /** The packaged, shaded agent jar ({@code premain.agent.jar}). */
    public static final Path AGENT = path("premain.agent.jar");
    /** The API jar ({@code premain.api.jar}). */
    public static final Path API = path("premain.api.jar");
    /** The annotation processor's jar ({@code premain.processor.jar}); on a processor path, with {@link #API}. */
    public static final Path PROCESSOR = path("premain.processor.jar");
    /** The directory fixtures are written to ({@code premain.work.dir}); shown as {@code $WORK} in output. */
    public static final Path WORK = path("premain.work.dir");

    private TestJars() {
    }

    /**
     * The path in a system property set by the build.
     *
     * @param property the property's name
     * @return the absolute, normalized path
     * @throws IllegalStateException if the property is not set
     */
    public static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests with Maven.");
        }
        return Paths.get(value).toAbsolutePath().normalize();
    }
}
