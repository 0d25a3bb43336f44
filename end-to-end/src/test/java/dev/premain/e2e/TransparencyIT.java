package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** With the agent attached and nothing annotated, tools and frameworks behave exactly as without it. */
class TransparencyIT {
    private static final String TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";

    @Test
    void javacCompilesIdenticallyWithTheAgentInJavaToolOptions() throws Exception {
        Path dir = Files.createDirectories(Jars.WORK.resolve("transparency/javac"));
        Path source = Files.writeString(dir.resolve("Hello.java"),
                "public class Hello { public static void main(String[] a) { System.out.println(\"hi\"); } }");
        ChildJvm.Result plain = new ChildJvm("javac").args("-d", dir.resolve("plain").toString(), source.toString()).run();
        ChildJvm.Result agent = new ChildJvm("javac").env(TOOL_OPTIONS, "-javaagent:" + Jars.AGENT)
                .args("-d", dir.resolve("agent").toString(), source.toString()).run();
        assertEquals(new ChildJvm.Result(0, "", ""), plain, plain::toString);
        assertEquals(new ChildJvm.Result(0, "", "Picked up JAVA_TOOL_OPTIONS: -javaagent:" + Jars.AGENT + "\n"), agent,
                agent::toString);
        assertArrayEquals(Files.readAllBytes(dir.resolve("plain/Hello.class")),
                Files.readAllBytes(dir.resolve("agent/Hello.class")));
    }

    @Test
    void aSpringBootApplicationRunsIdenticallyWithTheAgent() throws Exception {
        Path lib = springBootClassPath();
        Path app = new FixtureJar().uses(jars(lib))
                .source("boot.App", "package boot; import org.springframework.boot.*;"
                        + " import org.springframework.boot.autoconfigure.SpringBootApplication;"
                        + " @SpringBootApplication public class App implements CommandLineRunner {"
                        + " public static void main(String[] a) { SpringApplication.run(App.class, a); }"
                        + " @Override public void run(String... a) { System.out.println(\"spring says hello with \""
                        + "  + org.springframework.boot.SpringBootVersion.getVersion()); } }")
                .writeTo(Jars.WORK.resolve("transparency/spring-app.jar"));
        String[] args = {"-Dspring.main.banner-mode=off", "-Dspring.main.log-startup-info=false",
            "-Dlogging.level.root=WARN", "-cp", app + File.pathSeparator + lib + File.separator + "*", "boot.App"};
        ChildJvm.Result plain = new ChildJvm().args(args).run();
        ChildJvm.Result agent = new ChildJvm().agent(null).args(args).run();
        assertEquals(new ChildJvm.Result(0, "spring says hello with 3.5.7\n", ""), plain, plain::toString);
        assertEquals(plain, agent, agent::toString);
    }

    /** Resolves spring-boot-starter's runtime class path once, with the Maven that runs this build. */
    private static Path springBootClassPath() throws Exception {
        Path lib = Jars.WORK.resolve("transparency/spring-lib");
        if (Files.exists(lib.resolve(".resolved"))) {
            return lib;
        }
        Path pom = Paths.get(TransparencyIT.class.getResource("/spring-app/pom.xml").toURI());
        String mavenHome = System.getProperty("maven.home");
        String mvn = mavenHome == null ? "mvn" : Paths.get(mavenHome, "bin", "mvn").toString();
        Process process = new ProcessBuilder(mvn, "-B", "-q", "-f", pom.toString(), "dependency:copy-dependencies",
                "-DincludeScope=runtime", "-DoutputDirectory=" + lib).inheritIO().start();
        assertEquals(0, process.waitFor(), "resolving the Spring Boot class path with Maven failed");
        Files.writeString(lib.resolve(".resolved"), "");
        return lib;
    }

    private static Path[] jars(Path lib) throws Exception {
        try (var files = Files.list(lib)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toArray(Path[]::new);
        }
    }
}
