package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A plugin class loader created after main: reported on request, and registered into a new snapshot. */
class LateLoaderIT {
    private static final String OUT = String.join("\n",
            "plugin ctor ran",
            "base [base item] sealed=true",
            "snapshot [base item, plugin item] sealed=true same=false",
            "registered again: [base item, plugin item] same=true",
            "with another class path: refused=true",
            "plugin ctor ran",
            "from the loader alone: [base item, plugin item]",
            "plugin ctor ran",
            "from a loader that is no URLClassLoader: [base item, plugin item]",
            "refused: Premain cannot find the class path of class loader 'opaque' (base.Main$Opaque): it is no"
                    + " URLClassLoader, and ClassGraph knows no way to ask it. Nothing was registered. Pass the jars or"
                    + " directories it loads from: Premain.register(loader, paths...).",
            "");
    private static Path app;
    private static Path plugin;

    @BeforeAll
    static void buildFixtures() throws Exception {
        app = new FixtureJar()
                .source("base.Names", "package base; import dev.premain.*; public final class Names {"
                        + " @Section public static final ImmutableSection<String> ALL = ImmutableSection.of(String.class);"
                        + " @Contribute(Names.class) static final String BASE = \"base item\"; }")
                .source("base.Main", "package base; import dev.premain.*; import java.net.*; import java.nio.file.*;"
                        + " public final class Main { public static void main(String[] a) throws Exception {"
                        + "  Path jar = Path.of(a[0]);"
                        + "  URLClassLoader plugins = new URLClassLoader(\"plugins\", new URL[] {jar.toUri().toURL()},"
                        + "   Main.class.getClassLoader());"
                        + "  Class.forName(\"plug.Extra\", false, plugins);"
                        + "  Snapshot snapshot = Premain.register(plugins, jar);"
                        + "  System.out.println(\"base \" + Names.ALL.asList() + \" sealed=\" + Names.ALL.isSealed());"
                        + "  ImmutableSection<String> mine = snapshot.of(Names.ALL);"
                        + "  System.out.println(\"snapshot \" + mine.asList() + \" sealed=\" + mine.isSealed()"
                        + "   + \" same=\" + (mine == Names.ALL));"
                        + "  ImmutableSection<String> again = Premain.register(plugins, jar).of(Names.ALL);"
                        + "  System.out.println(\"registered again: \" + again.asList() + \" same=\" + (again == mine));"
                        + "  try { Premain.register(plugins, jar, Path.of(\"other.jar\")); }"
                        + "  catch (IllegalStateException e) { System.out.println(\"with another class path: refused=\""
                        + "   + e.getMessage().contains(\"cannot be registered again\")); }"
                        + "  URLClassLoader alone = new URLClassLoader(\"alone\", new URL[] {jar.toUri().toURL()},"
                        + "   Main.class.getClassLoader());"
                        + "  System.out.println(\"from the loader alone: \" + Premain.register(alone).of(Names.ALL).asList());"
                        + "  Hosted hosted = new Hosted(jar.toString(), Main.class.getClassLoader());"
                        + "  System.out.println(\"from a loader that is no URLClassLoader: \""
                        + "   + Premain.register(hosted).of(Names.ALL).asList());"
                        + "  try { Premain.register(new Opaque(Main.class.getClassLoader())); }"
                        + "  catch (IllegalStateException e) { System.out.println(\"refused: \" + e.getMessage().strip()); }"
                        + " }"
                        // A plugin host's loader: not a URLClassLoader, but it tells its class path, as many do.
                        + " public static final class Hosted extends ClassLoader {"
                        + "  private final String path; private final URLClassLoader inner;"
                        + "  Hosted(String path, ClassLoader parent) throws Exception { super(\"hosted\", parent);"
                        + "   this.path = path; inner = new URLClassLoader(new URL[] {Path.of(path).toUri().toURL()}, parent); }"
                        + "  public String getClassPath() { return path; }"
                        + "  @Override protected Class<?> findClass(String name) throws ClassNotFoundException {"
                        + "   try (var in = inner.getResourceAsStream(name.replace('.', '/') + \".class\")) {"
                        + "    if (in == null) throw new ClassNotFoundException(name);"
                        + "    byte[] b = in.readAllBytes(); return defineClass(name, b, 0, b.length, new java.security"
                        + ".ProtectionDomain(new java.security.CodeSource(Path.of(path).toUri().toURL(),"
                        + " (java.security.cert.Certificate[]) null), null, this, null));"
                        + "   } catch (java.io.IOException e) { throw new ClassNotFoundException(name, e); } } }"
                        + " public static final class Opaque extends ClassLoader {"
                        + "  Opaque(ClassLoader parent) { super(\"opaque\", parent); }"
                        + "  @Override public String toString() { return \"opaque\"; } }"
                        + " }")
                .writeTo(Jars.WORK.resolve("late/app.jar"));
        plugin = new FixtureJar().uses(app)
                .source("plug.Extra", "package plug; import dev.premain.*; public final class Extra {"
                        + " @Contribute(base.Names.class) static final String ITEM = \"plugin item\";"
                        + " @Ctor static void init() { System.out.println(\"plugin ctor ran\"); } }")
                .writeTo(Jars.WORK.resolve("late/plugin.jar"));
    }

    private static ChildJvm.Result run(String options) throws Exception {
        return new ChildJvm().agent(options).classPath(app).args("base.Main", plugin.toString()).run();
    }

    @Test
    void registeredPluginGetsANewSnapshotAndSealedSectionsStayUntouched() throws Exception {
        assertEquals(new ChildJvm.Result(0, OUT, ""), run("cache=off"));
    }

    @Test
    void lateLoadersAreReportedWhenAskedFor() throws Exception {
        ChildJvm.Result result = run("cache=off,late-loaders=report");
        assertEquals(new ChildJvm.Result(0, OUT, "premain: warning: Class 'plug.Extra' uses Premain annotations but was"
                + " loaded after sections were sealed, by class loader '" + "URLClassLoader" + "' (in file:"
                + "$WORK/late/plugin.jar). Its ctors did not run and its contributions are in no section. Register"
                + " that loader with Premain.register(loader, jars...) to run them and get a snapshot that includes"
                + " them.\n").out(), result.out(), result::toString);
        assertEquals(true, result.err().startsWith("premain: warning: Class 'plug.Extra' uses Premain annotations but"
                + " was loaded after sections were sealed, by class loader 'java.net.URLClassLoader@"), result::toString);
        assertEquals(true, result.err().endsWith("' (in file:$WORK/late/plugin.jar). Its ctors did not run and its"
                + " contributions are in no section. Register that loader with Premain.register(loader, jars...) to"
                + " run them and get a snapshot that includes them.\n"), result::toString);
    }
}
