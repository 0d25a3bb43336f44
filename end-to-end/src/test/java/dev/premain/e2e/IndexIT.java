package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Build-time indexes: read instead of scanning, mixed with un-indexed jars, merged into fat jars, and verified. */
class IndexIT {
    private static final String INDEX = "META-INF/premain/index/";
    private static Path sections;
    private static Path indexedLib;
    private static Path plainLib;
    private static Path otherIndexedLib;

    @BeforeAll
    static void buildFixtures() throws Exception {
        sections = new FixtureJar().indexed("sections")
                .source("ix.Words", "package ix; import dev.premain.*; public final class Words {"
                        + " @Section public static final SortedSection<String> ALL = SortedSection.of(String.class); }")
                .source("ix.Main", "package ix; public final class Main { public static void main(String[] a) {"
                        + " System.out.println(\"words \" + Words.ALL.asList()); } }")
                .writeTo(Jars.WORK.resolve("index/sections.jar"));
        indexedLib = new FixtureJar().indexed("indexed-lib").uses(sections)
                .source("ix.a.Alpha", "package ix.a; public final class Alpha {"
                        + " @dev.premain.Contribute(ix.Words.class) static final String WORD = \"alpha\";"
                        + " @dev.premain.Ctor static void init() { System.out.println(\"ctor ix.a.Alpha\"); } }")
                .source("ix.a.Helper", "package ix.a; public final class Helper { }")
                .writeTo(Jars.WORK.resolve("index/indexed-lib.jar"));
        otherIndexedLib = new FixtureJar().indexed("other-lib").uses(sections)
                .source("ix.c.Gamma", "package ix.c; public final class Gamma {"
                        + " @dev.premain.Contribute(ix.Words.class) static String word() { return \"gamma\"; } }")
                .writeTo(Jars.WORK.resolve("index/other-lib.jar"));
        plainLib = new FixtureJar().uses(sections)
                .source("ix.b.Beta", "package ix.b; public final class Beta {"
                        + " @dev.premain.Contribute(ix.Words.class) static final String WORD = \"beta\";"
                        + " @dev.premain.Ctor(priority = 1) static void init() { System.out.println(\"ctor ix.b.Beta\"); } }")
                .writeTo(Jars.WORK.resolve("index/plain-lib.jar"));
    }

    private static ChildJvm.Result run(String options, Path... classPath) throws Exception {
        return new ChildJvm().args("-Xlog:class+load=info:file=" + Jars.WORK.resolve("index/classes.log"))
                .agent(options).classPath(classPath).args("ix.Main").run();
    }

    private static List<String> loadedLibraries() throws Exception {
        return java.nio.file.Files.readAllLines(Jars.WORK.resolve("index/classes.log")).stream()
                .filter(l -> l.contains("] dev.premain.agent.internal.shaded.") || l.contains("] net.bytebuddy.")
                        || l.contains("] io.github.classgraph.") || l.contains("] org.objectweb.asm.")).toList();
    }

    @Test
    void fullyIndexedClassPathLoadsNeitherClassGraphNorByteBuddy() throws Exception {
        ChildJvm.Result result = run("cache=off", sections, indexedLib, otherIndexedLib);
        assertEquals(new ChildJvm.Result(0, "ctor ix.a.Alpha\nwords [alpha, gamma]\n", ""), result, result::toString);
        assertEquals(List.of(), loadedLibraries());
    }

    @Test
    void indexedAndUnindexedJarsBothContribute() throws Exception {
        ChildJvm.Result result = run("cache=off", sections, indexedLib, plainLib);
        assertEquals(new ChildJvm.Result(0, "ctor ix.a.Alpha\nctor ix.b.Beta\nwords [alpha, beta]\n", ""), result,
                result::toString);
    }

    @Test
    void indexOffScansEverythingWithTheSameResult() throws Exception {
        ChildJvm.Result result = run("cache=off,index=off", sections, indexedLib, plainLib);
        assertEquals(new ChildJvm.Result(0, "ctor ix.a.Alpha\nctor ix.b.Beta\nwords [alpha, beta]\n", ""), result,
                result::toString);
    }

    @Test
    void indexOnlySkipsJarsWithoutAnIndex() throws Exception {
        ChildJvm.Result result = run("cache=off,index=only", sections, indexedLib, plainLib);
        assertEquals(new ChildJvm.Result(0, "ctor ix.a.Alpha\nwords [alpha]\n", ""), result, result::toString);
    }

    @Test
    void twoIndexedLibrariesMergedIntoOneFatJarKeepEveryContribution() throws Exception {
        Path fat = JarSurgery.merge(Jars.WORK.resolve("index/fat.jar"), sections, indexedLib, otherIndexedLib, plainLib);
        ChildJvm.Result result = run("cache=off", fat);
        assertEquals(new ChildJvm.Result(0, "ctor ix.a.Alpha\nctor ix.b.Beta\nwords [alpha, beta, gamma]\n", ""),
                result, result::toString);
    }

    @Test
    void staleIndexIsReportedAndTheJarScannedInstead() throws Exception {
        Path stale = JarSurgery.without(indexedLib, "ix/a/Helper.class", Jars.WORK.resolve("index/stale.jar"));
        ChildJvm.Result result = run("cache=off", sections, stale);
        assertEquals(new ChildJvm.Result(65, "", String.join("\n",
                "premain: error: Index '" + INDEX + "indexed-lib.idx' in '$WORK/index/stale.jar' is stale: it lists"
                        + " class 'ix.a.Helper', which is not there. The index is ignored and the classes are scanned"
                        + " instead. Rebuild the jar so the index matches its classes.",
                "premain: 1 error; main was not started (exit status 65). Fix the errors above, or start with"
                        + " on-error=warn to skip what failed.",
                "")), result, result::toString);
        ChildJvm.Result warned = run("cache=off,on-error=warn", sections, stale);
        assertEquals("ctor ix.a.Alpha\nwords [alpha]\n", warned.out(), warned::toString);
    }

    @Test
    void tamperedIndexIsReported() throws Exception {
        Path tampered = JarSurgery.edit(indexedLib, INDEX + "indexed-lib.idx",
                text -> text.replace("ctor ix.a.Alpha init ()V 8 0", "ctor ix.a.Alpha init ()V 8 -1000"),
                Jars.WORK.resolve("index/tampered.jar"));
        ChildJvm.Result result = run("cache=off", sections, tampered);
        assertEquals(new ChildJvm.Result(65, "", String.join("\n",
                "premain: error: Index '" + INDEX + "indexed-lib.idx' in '$WORK/index/tampered.jar' cannot be trusted:"
                        + " its checksum does not match its content. The index is ignored and the classes are scanned"
                        + " instead. Rebuild the jar with the Premain annotation processor; never edit an index by hand.",
                "premain: 1 error; main was not started (exit status 65). Fix the errors above, or start with"
                        + " on-error=warn to skip what failed.",
                "")), result, result::toString);
    }
}
