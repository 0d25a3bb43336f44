package dev.premain.junit;

import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the artifacts under test are: the real, packaged jars, and the JUnit Console Launcher. */
final class Jars {
    static final Path AGENT = path("premain.agent.jar");
    static final Path API = path("premain.api.jar");
    static final Path EXTENSION = path("premain.junit.jar");
    static final Path CONSOLE_LAUNCHER = path("junit.console.jar");
    static final Path WORK = path("premain.work.dir");

    private Jars() {
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests with Maven.");
        }
        return Paths.get(value).toAbsolutePath().normalize();
    }
}
