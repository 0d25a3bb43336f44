package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scan cache can neither inject nor hide: a directory others can write to is not used (one
 * warning), and anything in it that is not a regular file of a sane size is not read — no hang on a
 * FIFO, no heap filled from a link to /dev/zero.
 */
class CacheSafetyIT {
    private static final String OK = "ctor ran\nmain ran\n";
    private static Path app;

    @BeforeAll
    static void buildFixture() throws Exception {
        app = new BrokenApp("cache-safety")
                .source("cached.Hello", "package cached; public final class Hello {"
                        + " @dev.premain.Ctor static void init() { System.out.println(\"ctor ran\"); }"
                        + " static void dropDatabase() { System.out.println(\"DATABASE DROPPED\"); } }")
                .jar();
    }

    private static ChildJvm.Result start(Path cache) throws Exception {
        return new ChildJvm().agent("cache=" + cache).classPath(app).args("app.Main").run();
    }

    private static Path warmCache(String name) throws Exception {
        Path cache = Jars.WORK.resolve("caches/safety").resolve(name);
        if (Files.exists(cache)) {
            try (Stream<Path> files = Files.list(cache)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(cache); // Why: an earlier run may have left it shared; Premain creates it private.
        }
        assertEquals(new ChildJvm.Result(0, OK, ""), start(cache));
        return cache;
    }

    private static List<Path> files(Path cache) throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aDirectoryOthersCanWriteIsNotUsed() throws Exception {
        Path cache = warmCache("shared");
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));

        ChildJvm.Result result = start(cache);

        assertEquals(new ChildJvm.Result(0, OK, "premain: warning: The scan cache directory '$WORK/caches/safety/shared'"
                + " can be written by other users. Its files could add or hide contributions, so it is not used: jars"
                + " without an index are scanned at every start. Make it private to you (chmod 700, owned by you), or"
                + " set the option cache=DIR to a private directory, or cache=off.\n"), result);
    }

    @Test
    void aFifoInPlaceOfACacheFileIsNotReadAndDoesNotHang() throws Exception {
        Path cache = warmCache("fifo");
        for (Path file : files(cache)) {
            Files.delete(file);
            Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
            assertEquals(0, mkfifo.waitFor());
        }

        ChildJvm.Result result = start(cache);

        assertEquals(0, result.status(), result::toString);
        assertEquals(OK, result.out());
        assertEquals(true, result.err().matches("premain: warning: Scan cache file '\\$WORK/caches/safety/fifo/"
                + "[^']+' is not a regular file\\. It is not read; the jar it belongs to is scanned instead\\. Delete"
                + " it; Premain writes regular files only\\.\n"), result::toString);
    }

    @Test
    void aLinkToDevZeroIsNotRead() throws Exception {
        Path cache = warmCache("zero");
        for (Path file : files(cache)) {
            Files.delete(file);
            Files.createSymbolicLink(file, Path.of("/dev/zero"));
        }

        ChildJvm.Result result = start(cache);

        assertEquals(0, result.status(), result::toString);
        assertEquals(OK, result.out());
        assertEquals(1, result.err().lines().count(), result::toString);
    }

    @Test
    void aCtorInjectedIntoACacheFileDoesNotRunEvenUnderATrustList() throws Exception {
        Path cache = warmCache("injected");
        for (Path file : files(cache)) {
            if (file.getFileName().toString().startsWith("classpath-")) {
                Files.delete(file); // Why: the per-jar file is the one edited below.
            } else {
                String text = Files.readString(file);
                int body = text.indexOf('\n') + 1;
                String index = text.substring(body, text.lastIndexOf("checksum "))
                        .replace("ctor cached.Hello init", "ctor cached.Hello dropDatabase ()V 8 0 -\nctor cached.Hello init");
                Files.writeString(file, text.substring(0, body) + HostileIndexIT.signed(
                        index.substring("premain-index 1\n".length())));
            }
        }

        ChildJvm.Result result = new ChildJvm().agent("cache=" + cache + ",trust=cache-safety.jar").classPath(app)
                .args("app.Main").run();

        assertEquals(new ChildJvm.Result(65, "", "premain: error: @Ctor method 'cached.Hello.dropDatabase' is listed in"
                + " the scan cache, but class 'cached.Hello' as the JVM loads it does not declare it (in"
                + " $WORK/errors/cache-safety.jar). It will not run. A cache file was edited or is stale: delete the scan"
                + " cache directory, or start with cache=off.\npremain: 1 error; main was not started (exit status 65)."
                + " Fix the errors above, or start with on-error=warn to skip what failed.\n"), result);
    }

    @Test
    void aCtorInjectedIntoTheClassPathCacheFileDoesNotRun() throws Exception {
        Path cache = warmCache("injected-whole");
        for (Path file : files(cache)) {
            if (file.getFileName().toString().startsWith("classpath-")) {
                String text = Files.readString(file);
                int ctor = text.indexOf("ctor cached.Hello init");
                int start = text.lastIndexOf("premain-index 1\n", ctor);
                int end = text.indexOf('\n', text.indexOf("checksum ", ctor)) + 1;
                String records = text.substring(start + "premain-index 1\n".length(), text.indexOf("checksum ", ctor))
                        .replace("ctor cached.Hello init", "ctor cached.Hello dropDatabase ()V 8 0 -\nctor cached.Hello init");
                Files.writeString(file, text.substring(0, start) + HostileIndexIT.signed(records) + text.substring(end));
            } else {
                Files.delete(file); // Why: the whole-class-path file is the one a warm start reads.
            }
        }

        ChildJvm.Result result = new ChildJvm().agent("cache=" + cache).classPath(app).args("app.Main").run();

        assertEquals(new ChildJvm.Result(65, "", "premain: error: @Ctor method 'cached.Hello.dropDatabase' is listed in"
                + " the scan cache, but class 'cached.Hello' as the JVM loads it does not declare it (in"
                + " $WORK/errors/cache-safety.jar). It will not run. A cache file was edited or is stale: delete the scan"
                + " cache directory, or start with cache=off.\npremain: 1 error; main was not started (exit status 65)."
                + " Fix the errors above, or start with on-error=warn to skip what failed.\n"), result, result::toString);
    }

    @Test
    void anIndexedJarsRecordsAreNeverTakenFromTheCache() throws Exception {
        Path indexed = new FixtureJar().source("cached.Hello", "package cached; public final class Hello {"
                + " @dev.premain.Ctor static void init() { System.out.println(\"ctor ran\"); }"
                + " static void dropDatabase() { System.out.println(\"DATABASE DROPPED\"); }"
                + " public static void main(String[] args) { System.out.println(\"main ran\"); } }")
                .resource("META-INF/premain/index/hello.idx", HostileIndexIT.signed("covers cached.Hello\n"
                        + "ctor cached.Hello init ()V 8 0 -\n"))
                .writeTo(Jars.WORK.resolve("caches/indexed-hello.jar"));
        Path cache = Jars.WORK.resolve("caches/safety/indexed");
        if (Files.exists(cache)) {
            for (Path old : files(cache)) {
                Files.delete(old); // Why: the fixture jar is rewritten each run, so an earlier run's file is stale.
            }
        }
        ChildJvm warm = new ChildJvm().agent("cache=" + cache).classPath(indexed).args("cached.Hello");
        assertEquals(new ChildJvm.Result(0, OK, ""), warm.run());
        Path file = files(cache).stream().filter(f -> f.getFileName().toString().startsWith("classpath-"))
                .findFirst().orElseThrow();
        String text = Files.readString(file);
        int block = text.indexOf("indexed " + indexed);
        int body = text.indexOf('\n', block) + 1;
        int next = text.indexOf("element ", body); // Why: premain-api, after the app, is a block of its own.
        String rest = next < 0 ? "" : text.substring(next);
        assertEquals("META-INF/premain/index/hello.idx\n", text.substring(body, next < 0 ? text.length() : next),
                "the cache names the index and holds none of its records");
        Files.writeString(file, text.substring(0, block) + "element " + indexed + "\n" + HostileIndexIT.signed(
                "covers cached.Hello\nctor cached.Hello dropDatabase ()V 8 0 -\nctor cached.Hello init ()V 8 0 -\n")
                + rest);

        ChildJvm.Result result = warm.run();

        assertEquals(65, result.status(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("premain: error: @Ctor method 'cached.Hello.dropDatabase' is listed in"
                + " the scan cache, but class 'cached.Hello' as the JVM loads it does not declare it"), result::toString);
    }
}
