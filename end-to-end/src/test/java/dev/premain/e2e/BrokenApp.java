package dev.premain.e2e;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.io.IOException;
import java.nio.file.Path;

/** Builds a one-jar application around some broken sources and runs it with the agent. */
final class BrokenApp {
    private static final String MAIN = "package app; public final class Main {"
            + " public static void main(String[] args) { System.out.println(\"main ran\"); } }";

    private final FixtureJar jar = new FixtureJar().source("app.Main", MAIN);
    private final String name;

    BrokenApp(String name) {
        this.name = name;
    }

    /** Adds a source file to the application jar. */
    BrokenApp source(String className, String code) {
        jar.source(className, code);
        return this;
    }

    /** The jar, compiled once, as {@code $WORK/errors/NAME.jar}. */
    Path jar() throws IOException {
        return jar.writeTo(Jars.WORK.resolve("errors").resolve(name + ".jar"));
    }

    /** Runs {@code app.Main} with the agent and these options (or none). */
    ChildJvm.Result run(String options) throws IOException, InterruptedException {
        return new ChildJvm().agent(options).classPath(jar()).args("app.Main").run();
    }
}
