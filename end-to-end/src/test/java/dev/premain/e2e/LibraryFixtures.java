package dev.premain.e2e;

import dev.premain.testing.FixtureJar;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The three-jar application most end-to-end tests run: a jar that declares sections, a plugin jar
 * that contributes to them and that nothing references, a second ctor jar, and an app jar.
 */
final class LibraryFixtures {
    final Path sections;
    final Path plugin;
    final Path more;
    final Path app;

    private LibraryFixtures(Path dir) throws IOException {
        sections = sectionsJar(dir.resolve("sections.jar"));
        plugin = pluginJar(dir.resolve("plugin.jar"), sections);
        more = moreJar(dir.resolve("more.jar"), sections);
        app = appJar(dir.resolve("app.jar"), sections);
    }

    static LibraryFixtures build(String name) throws IOException {
        return new LibraryFixtures(Jars.WORK.resolve(name));
    }

    private static Path sectionsJar(Path jar) throws IOException {
        return new FixtureJar()
                .source("lib.Greeter", "package lib; public interface Greeter { String greet(); }")
                .source("lib.Greeters", "package lib; import dev.premain.*; public final class Greeters {"
                        + " @Section public static final ImmutableSection<Greeter> ALL = ImmutableSection.of(Greeter.class); }")
                .source("lib.Names", "package lib; import dev.premain.*; public final class Names {"
                        + " @Section public static final MutableSection<String> ALL = MutableSection.of(String.class); }")
                .source("lib.Unused", "package lib; import dev.premain.*; public final class Unused {"
                        + " @Section public static final ImmutableSection<Greeter> ALL = ImmutableSection.of(Greeter.class); }")
                .writeTo(jar);
    }

    private static Path pluginJar(Path jar, Path sections) throws IOException {
        return new FixtureJar().uses(sections)
                .source("plugin.Hello", "package plugin; import dev.premain.*; import lib.*;"
                        + " @Contribute(Greeters.class) public final class Hello implements Greeter {"
                        + " public String greet() { return \"hello from a class\"; } }")
                .source("plugin.Factories", "package plugin; import dev.premain.*; import lib.*;"
                        + " public final class Factories {"
                        + " @Contribute(Greeters.class) static Greeter make() { return () -> \"hello from a factory\"; }"
                        + " @Contribute(Greeters.class) static final Greeter FIELD = () -> \"hello from a field\"; }")
                .source("plugin.Words", "package plugin; import dev.premain.*; import lib.*; public final class Words {"
                        + " @Contribute(Names.class) static final String C = \"cherry\";"
                        + " @Contribute(Names.class) static final String A = \"apple\";"
                        + " @Contribute(Names.class) static final String B = \"banana\"; }")
                .source("plugin.Zeta", "package plugin; import dev.premain.*; public final class Zeta {"
                        + " @Ctor(priority = 10) static void late() { System.out.println(\"ctor plugin.Zeta.late 10\"); }"
                        + " @Ctor(priority = -5) private static void early() { System.out.println(\"ctor plugin.Zeta.early -5\"); } }")
                .source("plugin.Beta", "package plugin; import dev.premain.*; public final class Beta {"
                        + " @Ctor static void init() { System.out.println(\"ctor plugin.Beta.init 0 on thread \""
                        + "  + Thread.currentThread().getName()); } }")
                .source("plugin.Sorter", "package plugin; import dev.premain.*; import lib.*; public final class Sorter {"
                        + " @Ctor(priority = 5) static void sort() { Names.ALL.sort(java.util.Comparator.naturalOrder());"
                        + " System.out.println(\"ctor plugin.Sorter.sort 5 sees \" + Names.ALL.asList()); } }")
                .source("plugin.Bye", "package plugin; import dev.premain.*; public final class Bye {"
                        + " @Dtor static void first() { System.out.println(\"dtor plugin.Bye.first\"); }"
                        + " @Dtor(priority = 1) static void second() { System.out.println(\"dtor plugin.Bye.second\"); } }")
                .writeTo(jar);
    }

    private static Path moreJar(Path jar, Path sections) throws IOException {
        return new FixtureJar().uses(sections)
                .source("more.Alpha", "package more; import dev.premain.*; public final class Alpha {"
                        + " @Ctor static void b() { System.out.println(\"ctor more.Alpha.b 0\"); }"
                        + " @Ctor static void a() { System.out.println(\"ctor more.Alpha.a 0\"); } }")
                .writeTo(jar);
    }

    private static Path appJar(Path jar, Path sections) throws IOException {
        return new FixtureJar().uses(sections)
                .source("app.Main", "package app; import lib.*; public final class Main {"
                        + " public static void main(String[] args) {"
                        + "  System.out.println(\"main on thread \" + Thread.currentThread().getName());"
                        + "  for (Greeter g : Greeters.ALL) System.out.println(\"greeter: \" + g.greet());"
                        + "  System.out.println(\"names: \" + Names.ALL.asList() + \" sealed=\" + Names.ALL.isSealed());"
                        + "  System.out.println(\"unused: size \" + Unused.ALL.size());"
                        + "  try { Names.ALL.remove(0); } catch (IllegalStateException e) {"
                        + "   System.out.println(\"mutation refused: \" + e.getMessage()); } } }")
                .writeTo(jar);
    }
}
