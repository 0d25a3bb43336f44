package dev.premain.shade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.FixtureJar;
import dev.premain.testing.TestJars;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.maven.plugins.shade.relocation.Relocator;
import org.apache.maven.plugins.shade.relocation.SimpleRelocator;
import org.junit.jupiter.api.Test;

/**
 * The relocated index equals, byte for byte, the index the real annotation processor writes when the
 * same sources are compiled in the relocated package.
 */
class ProcessorParityTest {
    private static final String PKG = "%PKG%";

    /** Sources using every record kind and every field that names a class; {@code %PKG%} is the package. */
    private static final Map<String, String> SOURCES = Map.of(
            "%PKG%.Lib", """
                    package %PKG%;
                    import dev.premain.*;
                    public final class Lib {
                        @Ctor(priority = 3, after = {Early.class, Lib.Inner.class}) static void init() { }
                        @Dtor(after = Early.class) static void close() { }
                        @Contribute(Words.class) static final String WORD = "com.acme.Widget";
                        @Contribute(Plugins.class) static Plugins.Plugin plugin() { return null; }
                        @Contribute(Tables.class) static final Plugins.Plugin[][] TABLE = { };
                        @Contribute(Tables.class) static final int[] NUMBERS = {1, 2};
                        @Contribute(Plugins.class) public static final class Impl implements Plugins.Plugin { }
                        public static final class Inner { @Ctor static void init() { } }
                    }
                    """,
            "%PKG%.Early", "package %PKG%; public final class Early { @dev.premain.Ctor static void first() { } }",
            "%PKG%.Words", """
                    package %PKG%;
                    public final class Words {
                        @dev.premain.Section public static final dev.premain.SortedSection<String> ALL =
                                dev.premain.SortedSection.of(String.class);
                    }
                    """,
            "%PKG%.Plugins", """
                    package %PKG%;
                    public final class Plugins {
                        public interface Plugin { }
                        @dev.premain.Section public static final dev.premain.ImmutableSection<Plugin> ALL =
                                dev.premain.ImmutableSection.of(Plugin.class);
                    }
                    """,
            "%PKG%.Tables", """
                    package %PKG%;
                    public final class Tables {
                        @dev.premain.Section public static final dev.premain.ImmutableSection<Object> ALL =
                                dev.premain.ImmutableSection.of(Object.class);
                    }
                    """,
            "org.other.Late", """
                    package org.other;
                    public final class Late { @dev.premain.Ctor(after = %PKG%.Early.class) static void last() { } }
                    """);

    @Test
    void relocatedIndexIsWhatTheProcessorWritesForTheRelocatedSources() throws Exception {
        String original = index(compile("com.acme", "original.jar"));
        String expected = index(compile("shaded.com.acme", "relocated.jar"));
        List<Relocator> relocators = List.of(new SimpleRelocator("com.acme", "shaded.com.acme", null, null));

        String relocated = new IndexRelocator(relocators).relocate("META-INF/premain/index/x.idx", original);

        assertTrue(original.contains(" s:com.acme.Widget\n"), original);
        assertTrue(expected.contains("$Plugin[][] "), expected);
        assertEquals(expected, relocated);
    }

    private static Path compile(String pkg, String jarName) throws Exception {
        FixtureJar fixture = new FixtureJar().indexed("x");
        SOURCES.forEach((name, code) -> fixture.source(name.replace(PKG, pkg), code.replace(PKG, pkg)));
        return fixture.writeTo(TestJars.WORK.resolve("parity").resolve(jarName));
    }

    private static String index(Path jar) throws Exception {
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry entry = file.getJarEntry("META-INF/premain/index/x.idx");
            return new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
