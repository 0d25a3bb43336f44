package dev.premain.shade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.TestJars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real, offline child Maven build shades an indexed library with a relocation, with and without the
 * transformer, and the real agent runs both jars. The POM of this module installs the artifacts the
 * child resolves (the API, this transformer, their parent) just before this test.
 */
class ShadeIT {
    private static final Path SAMPLE = TestJars.WORK.resolve("sample");
    private static final String VERSION = System.getProperty("premain.version");
    private static final String SHADE = System.getProperty("shade.plugin.version");
    private static final String INDEX = "META-INF/premain/index/";
    private static Path shaded;
    private static Path plain;

    /** One child build for both configurations: the library, the app shaded with and without the transformer. */
    @BeforeAll
    static void buildSample() throws Exception {
        SampleProject.write(SAMPLE, VERSION, SHADE);
        MavenRun build = MavenRun.of(SAMPLE, "package");
        assertEquals(0, build.status(), build::toString);
        shaded = SAMPLE.resolve("app/target/app-1.0.jar");
        plain = SAMPLE.resolve("app-plain/target/app-plain-1.0.jar");
    }

    @Test
    void withTheTransformerTheRelocatedCtorsRun() throws Exception {
        ChildJvm.Result result = new ChildJvm().agent(null).classPath(shaded).args("app.Main").run();
        assertEquals(new ChildJvm.Result(0, "ctor shaded.com.acme.Greeter$Early\nctor shaded.com.acme.Greeter\n"
                + "main shaded.com.acme.Greeter [hello]\n", ""), result, result::toString);
    }

    @Test
    void withoutTheTransformerTheIndexIsStale() throws Exception {
        ChildJvm.Result result = new ChildJvm().agent(null).classPath(plain).args("app.Main").run();
        String index = libraryIndex(plain);
        assertEquals(new ChildJvm.Result(65, "", String.join("\n",
                "premain: error: Index '" + index + "' in '$WORK/sample/app-plain/target/app-plain-1.0.jar' is stale:"
                        + " it lists class 'com.acme.Greeter', which is not there. The index is ignored and the classes"
                        + " are scanned instead. Rebuild the jar so the index matches its classes.",
                "premain: 1 error; main was not started (exit status 65). Fix the errors above, or start with"
                        + " on-error=warn to skip what failed.",
                "")), result, result::toString);
    }

    @Test
    void theShadedJarKeepsTheLibraryIndexUnderItsOwnName() throws Exception {
        assertEquals(libraryIndex(plain), libraryIndex(shaded));
    }

    /** A separate child build: it must fail. */
    @Test
    void aTamperedIndexFailsTheShadeNamingTheEntryAndTheJar() throws Exception {
        Path project = TestJars.WORK.resolve("tampered");
        SampleProject.writeTampered(project, VERSION, SHADE);
        MavenRun build = MavenRun.of(project, "package");
        assertEquals(1, build.status(), build::toString);
        assertTrue(build.output().contains("Error creating shaded jar: Problem shading JAR " + project
                .resolve("target/tampered-1.0.jar") + " entry " + INDEX + "tampered.idx:"
                + " dev.premain.shade.MalformedIndexException: Premain index '" + INDEX + "tampered.idx' cannot be"
                + " relocated: its checksum does not match its content. The shaded jar is not written. Rebuild that"
                + " jar with the Premain annotation processor; never edit an index by hand."), build::toString);
    }

    /** The name of the one index entry in the jar whose records cover the library's classes. */
    private static String libraryIndex(Path jar) throws IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            List<String> names = new ArrayList<>();
            for (var entries = file.entries(); entries.hasMoreElements();) {
                var entry = entries.nextElement();
                String text = new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().startsWith(INDEX) && text.contains("Greeter")) {
                    names.add(entry.getName());
                }
            }
            assertEquals(1, names.size(), names::toString);
            return names.get(0);
        }
    }

    /** A child {@code mvn -B -o} run of the Maven that runs this build; output merged, at most 5 minutes. */
    private record MavenRun(int status, String output) {
        static MavenRun of(Path project, String... goals) throws IOException, InterruptedException {
            String home = System.getProperty("maven.home");
            List<String> command = new ArrayList<>(List.of(home == null ? "mvn" : Paths.get(home, "bin", "mvn")
                    .toString(), "-B", "-o", "-f", project.resolve("pom.xml").toString()));
            command.addAll(List.of(goals));
            Path log = project.resolve("build.log");
            // Why a log file rather than a pipe: nothing to drain, so a chatty build cannot block on a full pipe.
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("child Maven build timed out: " + command);
            }
            return new MavenRun(process.exitValue(), Files.readString(log));
        }

        @Override
        public String toString() {
            return "status " + status + "\n" + output;
        }
    }
}
