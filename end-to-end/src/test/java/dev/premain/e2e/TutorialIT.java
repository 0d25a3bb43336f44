package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.ChildJvm;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's tutorial is {@code examples/tutorial}, a complete project with a user's own pom: it
 * is built here with Maven (offline, against the artifacts this build installed) and run both
 * ways the README shows — {@code java -jar} on the thin jar, and {@code -javaagent} — and once
 * without the agent, which must say how to bootstrap instead of showing an empty registry.
 */
class TutorialIT {
    private static final String VERSION = System.getProperty("premain.version");
    private static Path project;

    @BeforeAll
    static void buildTheTutorial() throws Exception {
        project = Jars.WORK.resolve("tutorial");
        TestTrees.copy(Paths.get("").toAbsolutePath().resolve("../examples/tutorial").normalize(), project);
        String mavenHome = System.getProperty("maven.home");
        String mvn = mavenHome == null ? "mvn" : Paths.get(mavenHome, "bin", "mvn").toString();
        Process process = new ProcessBuilder(mvn, "-B", "-o", "-q", "-Dstyle.color=never", "-f",
                project.resolve("pom.xml").toString(), "package").redirectErrorStream(true)
                .redirectOutput(project.resolve("build.log").toFile()).start();
        assertTrue(process.waitFor(240, TimeUnit.SECONDS), "the tutorial's build timed out");
        assertEquals(0, process.exitValue(), () -> "the tutorial's build failed:\n" + log());
    }

    @Test
    void theThinExecutableJarStartsTheAgentByItself() throws Exception {
        ChildJvm.Result result = new ChildJvm().args("-jar", project.resolve("target/tutorial.jar").toString(), "list")
                .run();

        assertEquals(new ChildJvm.Result(0, "ctor: 3 commands registered\nListing all items\ndtor: flushed\n", ""),
                result, result::toString);
    }

    @Test
    void theJarCarriesTheClassPathIndexSoAStartWithoutACacheScansNoDependency() throws Exception {
        ChildJvm.Result result = new ChildJvm().args("-Dpremain.options=cache=off,verbose=info", "-jar",
                project.resolve("target/tutorial.jar").toString(), "list").run();

        assertEquals("ctor: 3 commands registered\nListing all items\ndtor: flushed\n", result.out(), result::toString);
        assertTrue(result.err().contains("premain: class-path index '$WORK/tutorial/target/tutorial.jar!/META-INF/"
                + "premain/classpath.idx': 2 jars served from it\n"), result::toString);
    }

    @Test
    void theJavaagentRouteSeesEveryContribution() throws Exception {
        Path lib = project.resolve("target/lib");
        ChildJvm.Result result = new ChildJvm().args("-javaagent:" + lib.resolve("premain-agent-" + VERSION + ".jar"),
                "-cp", project.resolve("target/classes") + File.pathSeparator + lib.resolve("premain-api-" + VERSION
                + ".jar"), "com.acme.cli.Main", "help").run();

        assertEquals(new ChildJvm.Result(0, "ctor: 3 commands registered\nCommands: list, add, help\ndtor: flushed\n",
                ""), result, result::toString);
    }

    @Test
    void withoutTheAgentTheFirstReadSaysHowToBootstrap() throws Exception {
        ChildJvm.Result result = new ChildJvm().args("-cp", project.resolve("target/classes") + File.pathSeparator
                + project.resolve("target/lib/premain-api-" + VERSION + ".jar"), "com.acme.cli.Main", "list").run();

        assertEquals(1, result.status(), result::toString);
        assertTrue(result.err().contains("java.lang.IllegalStateException: Section of com.acme.cli.Command is not"
                + " linked yet"), result::toString);
    }

    @Test
    void theProcessorWroteTheIndex() throws Exception {
        try (Stream<Path> indexes = Files.list(project.resolve("target/classes/META-INF/premain/index"))) {
            assertEquals(1, indexes.count());
        }
    }

    private static String log() {
        try {
            return Files.readString(project.resolve("build.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

}
