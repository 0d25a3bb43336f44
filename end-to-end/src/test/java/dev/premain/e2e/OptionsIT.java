package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The options: packages, report, shuffle, and the three places options come from. */
class OptionsIT {
    private static Path jar;
    private static Path withResource;

    @BeforeAll
    static void buildFixture() throws Exception {
        FixtureJar fixture = new FixtureJar()
                .source("opts.a.Ties", "package opts.a; public final class Ties {"
                        + " @dev.premain.Ctor static void one() { System.out.println(\"opts.a.Ties.one\"); }"
                        + " @dev.premain.Ctor static void two() { System.out.println(\"opts.a.Ties.two\"); }"
                        + " @dev.premain.Ctor static void three() { System.out.println(\"opts.a.Ties.three\"); }"
                        + " @dev.premain.Ctor(priority = 1) static void last() { System.out.println(\"opts.a.Ties.last\"); } }")
                .source("opts.b.Other", "package opts.b; public final class Other {"
                        + " @dev.premain.Ctor static void run() { System.out.println(\"opts.b.Other.run\"); } }")
                .source("opts.Main", "package opts; public final class Main {"
                        + " public static void main(String[] a) { System.out.println(\"main\"); } }");
        jar = fixture.writeTo(Jars.WORK.resolve("opts/opts.jar"));
        withResource = new FixtureJar().resource("META-INF/premain/options", "# scan only one package\npackages=opts.b\n")
                .writeTo(Jars.WORK.resolve("opts/options-resource.jar"));
    }

    private static ChildJvm.Result run(String options, Path... classPath) throws Exception {
        return new ChildJvm().agent(options).classPath(classPath).args("opts.Main").run();
    }

    @Test
    void packagesRestrictsTheScan() throws Exception {
        assertEquals(new ChildJvm.Result(0, "opts.b.Other.run\nmain\n", ""), run("packages=opts.b", jar));
    }

    @Test
    void optionsResourceInTheApplicationIsRead() throws Exception {
        assertEquals(new ChildJvm.Result(0, "opts.b.Other.run\nmain\n", ""), run(null, withResource, jar));
    }

    @Test
    void theResourceCountsOnlyInTheFirstClassPathEntry() throws Exception {
        ChildJvm.Result result = run(null, jar, withResource);
        assertEquals(new ChildJvm.Result(0,
                "opts.a.Ties.one\nopts.a.Ties.three\nopts.a.Ties.two\nopts.b.Other.run\nopts.a.Ties.last\nmain\n", ""),
                result, result::toString);
    }

    @Test
    void agentArgumentsOverrideTheResource() throws Exception {
        ChildJvm.Result result = run("packages=opts.a", withResource, jar);
        assertEquals(new ChildJvm.Result(0, "opts.a.Ties.one\nopts.a.Ties.three\nopts.a.Ties.two\nopts.a.Ties.last\nmain\n",
                ""), result, result::toString);
    }

    @Test
    void shufflePermutesTiesReproduciblyAndKeepsPriorities() throws Exception {
        List<String> first = run("shuffle=7", jar).out().lines().toList();
        assertEquals(first, run("shuffle=7", jar).out().lines().toList());
        assertEquals(List.of("opts.a.Ties.last", "main"), first.subList(4, 6));
        boolean someSeedDiffers = false;
        List<String> byName = run(null, jar).out().lines().toList();
        for (long seed = 1; seed <= 5 && !someSeedDiffers; seed++) {
            List<String> shuffled = run("shuffle=" + seed, jar).out().lines().toList();
            assertEquals(byName.stream().sorted().toList(), shuffled.stream().sorted().toList());
            someSeedDiffers = !shuffled.equals(byName);
        }
        assertTrue(someSeedDiffers, "five seeds all gave the name order");
    }

    @Test
    void reportPrintsPhasesCtorsAndTheSeed() throws Exception {
        ChildJvm.Result result = run("report,shuffle=42", jar);
        assertEquals(0, result.status(), result::toString);
        List<String> lines = result.err().lines().toList();
        assertEquals(7, lines.size(), result::toString);
        assertTrue(lines.get(0).matches("premain: report: scan [0-9.]+ ms, analyze [0-9.]+ ms,"
                + " link [0-9.]+ ms, ctors [0-9.]+ ms, seal [0-9.]+ ms \\(total [0-9.]+ ms\\); 5 ctors, 0 sections,"
                + " 0 dtors"), lines.get(0));
        assertEquals("premain: report: ties shuffled with seed 42", lines.get(1));
        for (String line : lines.subList(2, 7)) {
            assertTrue(line.matches("premain: report: ctor +[0-9.]+ ms  opts\\.[ab]\\.\\w+\\.\\w+"), line);
        }
    }
}
