package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build-time class-path index ({@code java -jar premain-agent.jar index}): a start with it and
 * no writable cache is a warm start (no scan, no ClassGraph), a jar changed since it was built is
 * scanned, and what it says is a hint, checked against the class files like a cache's.
 */
class ClassPathIndexIT {
    private static final String OUT = "ctor cpx.lib.Plugin\nwords [app, plugin]\n";
    private static final Path DIR = Jars.WORK.resolve("classpath-index");
    private static Path app;
    private static Path plugin;
    private static Path filler;

    @BeforeAll
    static void buildFixtures() throws Exception {
        app = new FixtureJar().indexed("cpx-app")
                .source("cpx.Words", "package cpx; import dev.premain.*; public final class Words {"
                        + " @Section public static final SortedSection<String> ALL = SortedSection.of(String.class);"
                        + " @Contribute(Words.class) static final String MINE = \"app\"; }")
                .source("cpx.Main", "package cpx; public final class Main { public static void main(String[] a) {"
                        + " System.out.println(\"words \" + Words.ALL.asList()); } }")
                .writeTo(DIR.resolve("app.jar"));
        plugin = pluginJar("plugin", "");
        filler = new FixtureJar().source("cpx.util.Strings", "package cpx.util; public final class Strings { }")
                .source("cpx.util.Numbers", "package cpx.util; public final class Numbers { }")
                .writeTo(DIR.resolve("third-party.jar"));
    }

    /** An un-indexed jar, as every third-party dependency is, with a ctor and a contribution. */
    private static Path pluginJar(String name, String extra) throws Exception {
        return new FixtureJar().uses(app)
                .source("cpx.lib.Plugin", "package cpx.lib; public final class Plugin {"
                        + " @dev.premain.Contribute(cpx.Words.class) static final String WORD = \"plugin\";"
                        + " @dev.premain.Ctor static void init() { System.out.println(\"ctor cpx.lib.Plugin\"); }"
                        + " static void dropDatabase() { System.out.println(\"DATABASE DROPPED\"); } }" + extra)
                .writeTo(DIR.resolve(name + ".jar"));
    }

    private static ChildJvm.Result index(Path out, Path... classPath) throws Exception {
        return new ChildJvm().args("-jar", Jars.AGENT.toString(), "index", "--class-path", joined(classPath),
                "--out", out.toString()).run();
    }

    private static String joined(Path... classPath) {
        StringBuilder text = new StringBuilder();
        for (Path entry : classPath) {
            text.append(text.length() == 0 ? "" : File.pathSeparator).append(entry);
        }
        return text.toString();
    }

    private static ChildJvm.Result start(String options, Path... classPath) throws Exception {
        return new ChildJvm().args("-Xlog:class+load=info:file=" + DIR.resolve("classes.log"))
                .agent(options).classPath(classPath).args("cpx.Main").run();
    }

    private static List<String> loadedScanners() throws Exception {
        return Files.readAllLines(DIR.resolve("classes.log")).stream()
                .filter(l -> l.contains("io.github.classgraph.") || l.contains("] org.objectweb.asm.")
                        || l.contains("shaded.org.objectweb.asm.") || l.contains("net.bytebuddy.")).toList();
    }

    @Test
    void theCommandDescribesEveryJarWithoutAnIndexOfItsOwn() throws Exception {
        Path out = DIR.resolve("described.idx");
        assertEquals(new ChildJvm.Result(0, "Wrote the class-path index '$WORK/classpath-index/described.idx': 2 jars"
                + " without an index of their own, 1 of them declaring Premain content.\n", ""),
                index(out, app, plugin, filler));
        List<String> lines = Files.readAllLines(out);
        assertEquals("premain-classpath-index 1", lines.get(0));
        assertEquals(List.of("plugin.jar", "third-party.jar"), lines.stream().filter(l -> l.startsWith("jar "))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList());
        assertEquals("end 2", lines.get(lines.size() - 1));
    }

    @Test
    void aStartWithTheIndexAndNoWritableCacheScansNothingAndLoadsNoScanner() throws Exception {
        Path out = DIR.resolve("flat.idx");
        assertEquals(0, index(out, app, plugin, filler).status());

        assertEquals(new ChildJvm.Result(0, OUT, ""), start("cache=off,classpath-index=" + out, app, plugin, filler));
        assertEquals(List.of(), loadedScanners());
        Path readOnly = Files.createDirectories(DIR.resolve("read-only-cache"));
        readOnly.toFile().setWritable(false);
        assertEquals(new ChildJvm.Result(0, OUT, ""), start("cache=" + readOnly + ",classpath-index=" + out, app,
                plugin, filler));
        assertEquals(List.of(), loadedScanners());
        assertEquals(new ChildJvm.Result(0, OUT, ""), start("cache=off", app, plugin, filler));
        // Without the index, the plugin jar is pre-filtered and its flagged class parsed, by ASM alone.
        List<String> cold = loadedScanners();
        assertEquals(true, cold.stream().anyMatch(l -> l.contains("shaded.org.objectweb.asm.ClassReader ")), cold::toString);
        assertEquals(List.of(), cold.stream().filter(l -> l.contains("classgraph")).toList());
    }

    @Test
    void theIndexInsideTheApplicationJarIsFoundWithoutAnOption() throws Exception {
        Path out = DIR.resolve("inside.idx");
        assertEquals(0, index(out, app, plugin, filler).status());
        Path shipped = JarSurgery.with(app, "META-INF/premain/classpath.idx", Files.readString(out),
                DIR.resolve("shipped/app.jar"));
        Path lib = Files.createDirectories(DIR.resolve("shipped/lib"));
        Path copiedPlugin = Files.copy(plugin, lib.resolve("plugin-1.0.jar"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        ChildJvm.Result result = start("cache=off,verbose=info", shipped, copiedPlugin, filler);

        assertEquals(OUT, result.out(), result::toString);
        assertEquals(List.of(), loadedScanners());
        assertEquals(true, result.err().contains("premain: class-path index '$WORK/classpath-index/shipped/app.jar!/"
                + "META-INF/premain/classpath.idx': 2 jars served from it\n"), result::toString);
        // The JDK 25 AOT recipe lists the agent jar first: the application's jar is still the one read.
        assertEquals(new ChildJvm.Result(0, OUT, ""), start("cache=off", Jars.AGENT, shipped, copiedPlugin, filler));
        assertEquals(List.of(), loadedScanners());
    }

    /** A jar's manifest Class-Path is in the index too, so the start follows it without opening the jar. */
    @Test
    void manifestClassPathsAreFollowedFromTheIndex() throws Exception {
        Path launcher = ManifestClassPathIT.manifestJar(DIR.resolve("launcher.jar"), "plugin.jar third-party.jar");
        Path out = DIR.resolve("manifest.idx");
        assertEquals(0, index(out, app, launcher).status());
        assertEquals(true, Files.readString(out).contains("\nclass-path plugin.jar third-party.jar\n"));

        assertEquals(new ChildJvm.Result(0, OUT, ""), start("cache=off,classpath-index=" + out, app, launcher));
        assertEquals(List.of(), loadedScanners());
    }

    @Test
    void aJarChangedAfterTheIndexWasBuiltIsScannedAndItsNewContributionArrives() throws Exception {
        Path out = DIR.resolve("changed.idx");
        Path changing = pluginJar("changing", "");
        Files.copy(changing, DIR.resolve("plugin.jar.orig"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, index(out, app, changing, filler).status());
        new FixtureJar().uses(app)
                .source("cpx.lib.Plugin", "package cpx.lib; public final class Plugin {"
                        + " @dev.premain.Contribute(cpx.Words.class) static final String WORD = \"plugin\"; }")
                .source("cpx.lib.Added", "package cpx.lib; public final class Added {"
                        + " @dev.premain.Contribute(cpx.Words.class) static final String WORD = \"added\";"
                        + " @dev.premain.Ctor static void init() { System.out.println(\"ctor cpx.lib.Added\"); } }")
                .writeTo(changing);

        ChildJvm.Result result = start("cache=off,verbose=info,classpath-index=" + out, app, changing, filler);

        assertEquals("ctor cpx.lib.Added\nwords [added, app, plugin]\n", result.out(), result::toString);
        assertEquals(true, result.err().contains("premain: class-path index '$WORK/classpath-index/changed.idx': 1"
                + " jars served from it, 1 changed since it was built and scanned: changing.jar\n"), result::toString);
    }

    @Test
    void aForgedEntryRunsNothingTheClassFilesDoNotDeclare() throws Exception {
        Path out = DIR.resolve("forged.idx");
        assertEquals(0, index(out, app, plugin, filler).status());
        Path forged = DIR.resolve("forged-edited.idx");
        String text = Files.readString(out);
        int start = text.indexOf("premain-index 1\n");
        int checksum = text.indexOf("checksum ", start);
        String records = text.substring(start + "premain-index 1\n".length(), checksum)
                .replace("ctor cpx.lib.Plugin init ()V", "ctor cpx.lib.Plugin dropDatabase ()V");
        Files.writeString(forged, text.substring(0, start) + HostileIndexIT.signed(records)
                + text.substring(text.indexOf('\n', checksum) + 1));

        ChildJvm.Result result = start("cache=off,classpath-index=" + forged, app, plugin, filler);

        assertEquals(new ChildJvm.Result(65, "", String.join("\n",
                "premain: error: @Ctor method 'cpx.lib.Plugin.dropDatabase' is listed in the class-path index"
                        + " '$WORK/classpath-index/forged-edited.idx', but class 'cpx.lib.Plugin' as the JVM loads it"
                        + " does not declare it (in $WORK/classpath-index/plugin.jar). It will not run. The"
                        + " class-path index was edited, or built from other jars: build it again with 'java -jar"
                        + " premain-agent.jar index', or start with classpath-index=off.",
                "premain: 1 error; main was not started (exit status 65). Fix the errors above, or start with"
                        + " on-error=warn to skip what failed.",
                "")), result);
    }

    @Test
    void aBrokenIndexIsOneWarningAndTheStartScans() throws Exception {
        Path broken = Files.writeString(DIR.resolve("broken.idx"), "premain-classpath-index 1\njar 1 2 x\n");

        ChildJvm.Result result = start("cache=off,classpath-index=" + broken, app, plugin, filler);

        assertEquals(new ChildJvm.Result(0, OUT, "premain: warning: The class-path index"
                + " '$WORK/classpath-index/broken.idx' cannot be used: it is truncated or was edited (no valid 'end'"
                + " line after 0 jars). Jars without an index of their own are scanned at this start. Build it again"
                + " with 'java -jar premain-agent.jar index' (or the Maven goal premain:index); never edit it by"
                + " hand.\n"), result);
    }

    @Test
    void aClassPathWithErrorsWritesNoIndex() throws Exception {
        Path stale = JarSurgery.without(app, "cpx/Main.class", DIR.resolve("stale-app.jar"));
        Path out = DIR.resolve("never-written.idx");

        ChildJvm.Result result = index(out, stale, plugin);

        assertEquals(65, result.status(), result::toString);
        assertEquals(true, result.err().endsWith("premain: the class-path index was not written: fix the errors"
                + " above, which would also stop the application's start.\n"), result::toString);
        assertEquals(false, Files.exists(out));
    }

    @Test
    void usageErrorsSayWhatIsMissing() throws Exception {
        ChildJvm.Result result = new ChildJvm().args("-jar", Jars.AGENT.toString(), "index", "--out", "x.idx").run();

        assertEquals(64, result.status());
        assertEquals(true, result.err().startsWith("premain: error: The index command needs --class-path and --out.\n"
                + "Usage: java -jar premain-agent.jar index --class-path PATH --out FILE\n"), result::toString);
    }
}
