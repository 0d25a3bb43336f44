package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-jar scan cache: later starts skip scanning (ClassGraph is not even loaded), damage is a notice. */
class ScanCacheIT {
    private static final String SHADED = "dev.premain.agent.internal.shaded.";
    private static Path app;

    @BeforeAll
    static void buildFixture() throws Exception {
        app = new BrokenApp("cached")
                .source("cached.Hello", "package cached; public final class Hello {"
                        + " @dev.premain.Ctor static void init() { System.out.println(\"ctor ran\"); } }")
                .jar();
    }

    private static ChildJvm.Result start(Path cache, String... jvmArgs) throws Exception {
        return new ChildJvm().args(jvmArgs).agent("cache=" + cache).classPath(app).args("app.Main").run();
    }

    private static Path freshCache(String name) throws Exception {
        Path cache = Jars.WORK.resolve("caches").resolve(name);
        if (Files.exists(cache)) {
            try (Stream<Path> files = Files.list(cache)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        return cache;
    }

    private static List<String> loadedShadedClasses(ChildJvm.Result result) {
        return result.out().lines().filter(l -> l.contains(SHADED)).toList();
    }

    @Test
    void firstStartScansAndLaterStartsDoNotLoadClassGraph() throws Exception {
        Path cache = freshCache("warm");
        ChildJvm.Result first = start(cache, "-Xlog:class+load=info:stdout");
        assertTrue(first.out().contains("ctor ran"), first::toString);
        assertFalse(loadedShadedClasses(first).isEmpty(), "the first start parses with ClassGraph");
        ChildJvm.Result second = start(cache, "-Xlog:class+load=info:stdout");
        assertTrue(second.out().contains("ctor ran"), second::toString);
        assertEquals(List.of(), loadedShadedClasses(second), "a warm cache must not load ClassGraph");
        assertEquals("", second.err());
    }

    @Test
    void corruptCacheFileIsIgnoredWithOneNotice() throws Exception {
        Path cache = freshCache("corrupt");
        assertEquals(new ChildJvm.Result(0, "ctor ran\nmain ran\n", ""), start(cache));
        try (Stream<Path> files = Files.list(cache)) {
            for (Path file : files.toList()) {
                Files.writeString(file, Files.readString(file).replace("cached.Hello", "cached.Evil"));
            }
        }
        ChildJvm.Result result = start(cache);
        assertEquals(0, result.status(), result::toString);
        assertEquals("ctor ran\nmain ran\n", result.out());
        assertTrue(result.err().matches("premain: warning: Scan cache file '\\$WORK/caches/corrupt/"
                + "(classpath-)?[0-9a-f]+\\.cache' is corrupt \\(its checksum does not match its content\\)\\. '\\$WORK/errors/cached\\.jar' is"
                + " scanned again and the file rewritten\\.\n"), result.err());
        assertEquals(new ChildJvm.Result(0, "ctor ran\nmain ran\n", ""), start(cache), "rewritten");
    }

    @Test
    void unwritableCacheIsANoticeNotAFailure() throws Exception {
        Path notADirectory = Files.writeString(Files.createDirectories(Jars.WORK.resolve("caches"))
                .resolve("plain-file"), "x");
        ChildJvm.Result result = start(notADirectory.resolve("sub"));
        assertEquals(0, result.status(), result::toString);
        assertEquals("ctor ran\nmain ran\n", result.out());
        assertEquals(1, result.err().lines().count(), result::toString);
        assertTrue(result.err().startsWith("premain: warning: The scan cache in '$WORK/caches/plain-file/sub' cannot be written"),
                result.err());
    }

    @Test
    void cacheOffScansEveryTime() throws Exception {
        ChildJvm.Result result = new ChildJvm().args("-Xlog:class+load=info:stdout").agent("cache=off")
                .classPath(app).args("app.Main").run();
        assertTrue(result.out().contains("ctor ran"), result::toString);
        assertFalse(loadedShadedClasses(result).isEmpty());
    }

    @Test
    void indexOnlyIgnoresJarsWithoutAnIndex() throws Exception {
        ChildJvm.Result result = new ChildJvm().agent("index=only,cache=off").classPath(app).args("app.Main").run();
        assertEquals(new ChildJvm.Result(0, "main ran\n", ""), result, result::toString);
    }
}
