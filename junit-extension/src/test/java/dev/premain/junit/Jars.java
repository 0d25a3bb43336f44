package dev.premain.junit;

import dev.premain.testing.TestJars;
import java.nio.file.Path;

/** Where the artifacts under test are: the real, packaged jars, and the JUnit Console Launcher. */
final class Jars {
    static final Path AGENT = TestJars.AGENT;
    static final Path API = TestJars.API;
    static final Path EXTENSION = TestJars.path("premain.junit.jar");
    static final Path CONSOLE_LAUNCHER = TestJars.path("junit.console.jar");
    static final Path WORK = TestJars.WORK;

    private Jars() {
    }
}
