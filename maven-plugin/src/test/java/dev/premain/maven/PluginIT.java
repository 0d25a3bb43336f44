package dev.premain.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs real child Maven builds of sample projects that use the plugin as a user would. The child builds are
 * offline and use this build's local repository, where the pom installed the artifacts under test just before
 * (see {@code maven-install-plugin} in this module's pom). Each sample builds once and is shared by the tests.
 */
class PluginIT {
    private static final Path WORK = Path.of(System.getProperty("premain.it.work.dir"));
    private static final String REPO = System.getProperty("premain.it.local.repo");
    private static final String VERSION = System.getProperty("premain.it.version");
    private static final long BUILD_TIMEOUT_SECONDS = 240;
    private static Build good;
    private static Build bad;

    @Test
    void prepareAgentAttachesTheAgentToSurefireThroughArgLineAppendingToIt() throws Exception {
        Build build = good();
        String agent = Path.of(REPO, "dev/premain/premain-agent", VERSION, "premain-agent-" + VERSION + ".jar")
                .toString();
        assertTrue(build.log.contains("[INFO] argLine set to -Dsample.kept=yes -javaagent:" + agent + "=cache=off\n"),
                build::toString);
        assertTrue(build.log.contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0"), build::toString);
        assertEquals(0, build.exitStatus, build::toString);
    }

    @Test
    void auditPrintsTheCleanPlanAndWritesJson() throws Exception {
        Build build = good();
        assertEquals(0, build.exitStatus, build::toString);
        assertTrue(build.log.contains("[INFO] Ctors, in run order:\n[INFO]   1. sample.Boot.init  (priority 0, in "
                + build.dir.resolve("target/classes") + ")\n"), build::toString);
        assertTrue(build.log.contains("[INFO] Premain audit written to " + build.dir.resolve("target/premain-audit.json")),
                build::toString);
        String json = Files.readString(build.dir.resolve("target/premain-audit.json"));
        assertTrue(json.startsWith("{\"ctors\":[{\"class\":\"sample.Boot\",\"method\":\"init\""), json);
        assertTrue(json.contains("\"problems\":[]"), json);
    }

    @Test
    void indexWritesTheClassPathIndexIntoTheApplicationJar() throws Exception {
        Build build = good();
        Path index = build.dir.resolve("target/classes/META-INF/premain/classpath.idx");
        assertTrue(build.log.contains("[INFO] Wrote the class-path index '" + index + "': 1 jars without an index of"
                + " their own, 0 of them declaring Premain content.\n"), build::toString);
        String text = Files.readString(index);
        assertTrue(text.startsWith("premain-classpath-index 1\njar ") && text.contains(" premain-api-" + VERSION
                + ".jar\n") && text.endsWith("end 1\n"), text);
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(build.dir.resolve("target/good-1.0.jar").toFile())) {
            assertTrue(jar.getEntry("META-INF/premain/classpath.idx") != null, "the index is not in the jar");
        }
    }

    @Test
    void auditFailsTheBuildOnACtorWithAParameterAndSaysWhy() throws Exception {
        Build build = bad();
        String problem = "error: @Ctor method 'sample.Bad.init' must not declare parameters (in "
                + build.dir.resolve("target/classes") + "). It will not run. Declare it as 'static void init()'.";
        assertNotEquals(0, build.exitStatus, build::toString);
        assertTrue(build.log.contains("[ERROR]   " + problem + "\n"), build::toString);
        assertTrue(build.log.contains("[ERROR] Failed to execute goal dev.premain:premain-maven-plugin:" + VERSION
                + ":audit (default) on project bad: Premain audit found 1 error in the runtime class path of "
                + "sample:bad:jar:1.0 (1 directory and 1 jar):\n[ERROR]   " + problem + "\n"
                + "[ERROR] The agent would stop this application before main (exit status 65). Fix the errors above, "
                + "or set <failOnError>false</failOnError> (-Dpremain.audit.failOnError=false) to report them "
                + "without failing the build.\n"), build::toString);
    }

    private static synchronized Build good() throws Exception {
        if (good == null) {
            good = Build.of(SampleProject.good(fresh("good")));
        }
        return good;
    }

    private static synchronized Build bad() throws Exception {
        if (bad == null) {
            bad = Build.of(SampleProject.bad(fresh("bad")));
        }
        return bad;
    }

    private static Path fresh(String name) throws IOException {
        Path dir = WORK.resolve(name);
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** One finished child build: its directory, exit status and whole log (stdout and stderr). */
    private record Build(Path dir, int exitStatus, String log) {
        /**
         * Runs {@code mvn -B -o verify} on the sample, with the Maven that runs this build. Why offline: the
         * samples use only artifacts this build put in the local repository, and a test that goes online
         * could pass here and fail where the network is not there.
         */
        static Build of(Path pom) throws IOException, InterruptedException {
            String mavenHome = System.getProperty("maven.home");
            String mvn = mavenHome == null ? "mvn" : Path.of(mavenHome, "bin", "mvn").toString();
            Path log = pom.resolveSibling("build.log");
            Process process = new ProcessBuilder(List.of(mvn, "-B", "-o", "-Dstyle.color=never", "-Dmaven.repo.local=" + REPO,
                    "-f", pom.toString(), "verify"))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(BUILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("The child build of " + pom + " did not finish within "
                        + BUILD_TIMEOUT_SECONDS + " s; its log so far is in " + log);
            }
            return new Build(pom.getParent(), process.exitValue(), Files.readString(log));
        }

        @Override
        public String toString() {
            return "child build of " + dir + " (exit status " + exitStatus + "):\n" + log;
        }
    }
}
