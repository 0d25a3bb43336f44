package dev.premain.e2e;

import dev.premain.testing.TestJars;
import java.nio.file.Path;

/** Where the artifacts under test are: the real, packaged jars. */
final class Jars {
    static final Path AGENT = TestJars.AGENT;
    static final Path API = TestJars.API;
    static final Path PROCESSOR = TestJars.PROCESSOR;
    static final Path DEMO = TestJars.path("premain.demo.jar");
    static final Path WORK = TestJars.WORK;

    private Jars() {
    }
}
