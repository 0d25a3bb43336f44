package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** Jars that a jar's {@code Class-Path} manifest adds contribute too, and the class-path cache notices them change. */
class ManifestClassPathIT {

    @Test
    void jarsAddedByAManifestContributeAndAreReadAgainWhenTheyChange() throws Exception {
        Path dir = Files.createDirectories(Jars.WORK.resolve("manifest"));
        Path app = new FixtureJar()
                .source("mf.Main", "package mf; public final class Main { public static void main(String[] a) {"
                        + " System.out.println(\"main ran\"); } }")
                .writeTo(dir.resolve("app.jar"));
        Path plugin = plugin(dir, "first");
        Path launcher = manifestJar(dir.resolve("launcher.jar"), "app.jar " + plugin.getFileName());
        Path cache = dir.resolve("cache");

        assertEquals(new ChildJvm.Result(0, "plugin ctor: first\nmain ran\n", ""), run(launcher, cache));
        assertEquals(new ChildJvm.Result(0, "plugin ctor: first\nmain ran\n", ""), run(launcher, cache), "cached");
        Thread.sleep(20); // Why: the change must show in the jar's times, which have millisecond resolution.
        plugin(dir, "second");
        assertEquals(new ChildJvm.Result(0, "plugin ctor: second\nmain ran\n", ""), run(launcher, cache),
                "the manifest-added jar changed, the declared one did not");
    }

    private static ChildJvm.Result run(Path launcher, Path cache) throws Exception {
        return new ChildJvm().agent("cache=" + cache).classPath(launcher).args("mf.Main").run();
    }

    private static Path plugin(Path dir, String word) throws IOException {
        return new FixtureJar()
                .source("mf.Plugin", "package mf; public final class Plugin { @dev.premain.Ctor static void init() {"
                        + " System.out.println(\"plugin ctor: " + word + "\"); } }")
                .writeTo(dir.resolve("plugin.jar"));
    }

    static Path manifestJar(Path jar, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        return jar;
    }
}
