package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Building twice without {@code clean} gives byte-identical jars: the API, the processor and the
 * shaded agent (whose shade, without {@code forceCreation}, used to shade its own output again).
 * Built from a copy of those modules, so this build's own jars are never touched.
 */
class ReproducibleBuildIT {
    private static final Path ROOT = Paths.get("").toAbsolutePath().resolve("..").normalize();
    private static final List<String> MODULES = List.of("agent-api", "processor", "agent");

    @Test
    void twoBuildsWithoutCleanGiveTheSameBytes() throws Exception {
        Path copy = Jars.WORK.resolve("reproducible");
        for (String module : MODULES) {
            TestTrees.copy(ROOT.resolve(module), copy.resolve(module));
        }
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        String modules = pom.substring(pom.indexOf("<modules>"), pom.indexOf("</modules>"));
        StringBuilder only = new StringBuilder("<modules>\n");
        for (String module : MODULES) {
            only.append("    <module>").append(module).append("</module>\n");
        }
        Files.writeString(copy.resolve("pom.xml"), pom.replace(modules, only.toString().stripTrailing() + "\n  "));

        build(copy);
        Map<String, String> first = hashes(copy);
        build(copy);
        Map<String, String> second = hashes(copy);

        assertEquals(3, first.size(), first::toString);
        assertEquals(first, second);
    }

    private static void build(Path project) throws Exception {
        String mavenHome = System.getProperty("maven.home");
        String mvn = mavenHome == null ? "mvn" : Paths.get(mavenHome, "bin", "mvn").toString();
        Process build = new ProcessBuilder(mvn, "-B", "-o", "-q", "-Dstyle.color=never", "-Dmaven.test.skip=true",
                "-Dmaven.javadoc.skip=true", "-Dmaven.source.skip=true", "-f", project.resolve("pom.xml").toString(),
                "package").redirectErrorStream(true).redirectOutput(project.resolve("build.log").toFile()).start();
        assertTrue(build.waitFor(300, TimeUnit.SECONDS), "the build timed out");
        assertEquals(0, build.exitValue(), () -> "the build failed:\n" + read(project.resolve("build.log")));
    }

    private static Map<String, String> hashes(Path project) throws Exception {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String jar : List.of("agent-api/target/premain-api-" + System.getProperty("premain.version") + ".jar",
                "processor/target/premain-processor-" + System.getProperty("premain.version") + ".jar",
                "agent/target/premain-agent.jar")) {
            byte[] bytes = Files.readAllBytes(project.resolve(jar));
            hashes.put(jar, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
        return hashes;
    }


    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
