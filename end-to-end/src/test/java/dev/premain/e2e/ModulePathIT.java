package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An application on the module path whose ctors and contributions are private members of a named module. */
class ModulePathIT {

    private static final String EXPECTED = String.join("\n",
            "private ctor ran in module acme.app",
            "names [constant, factory]",
            "acme.app open to everyone: false",
            "acme.hidden open to the agent: false",
            "");

    private static Path app(String name, boolean indexed) throws Exception {
        FixtureJar jar = new FixtureJar().modular()
                .source("module-info", "module acme.app { requires dev.premain; }")
                .source("acme.app.Main", "package acme.app; import dev.premain.*; public final class Main {"
                        + " @Section public static final ImmutableSection<String> NAMES = ImmutableSection.of(String.class);"
                        + " @Contribute(Main.class) private static final String FIRST = \"constant\";"
                        + " @Contribute(Main.class) private static String second() { return \"factory\"; }"
                        + " @Ctor private static void init() { System.out.println(\"private ctor ran in module \""
                        + "  + Main.class.getModule().getName()); }"
                        + " public static void main(String[] a) { Module app = Main.class.getModule();"
                        + "  System.out.println(\"names \" + NAMES.asList());"
                        + "  System.out.println(\"acme.app open to everyone: \" + app.isOpen(\"acme.app\"));"
                        + "  System.out.println(\"acme.hidden open to the agent: \" + app.isOpen(\"acme.hidden\","
                        + "   ClassLoader.getSystemClassLoader().getUnnamedModule())); } }")
                .source("acme.hidden.Secret", "package acme.hidden; public final class Secret { }");
        return (indexed ? jar.indexed("acme-app") : jar).writeTo(Jars.WORK.resolve("modules/" + name + ".jar"));
    }

    private static ChildJvm.Result run(Path app, String... jvmArgs) throws Exception {
        return new ChildJvm().agent("cache=off").args(jvmArgs)
                .args("--module-path", Jars.API + File.pathSeparator + app, "-m", "acme.app/acme.app.Main").run();
    }

    @Test
    void bothJarsOnTheModulePathResolveWithoutASplitPackageAndBootstrapInProcess() throws Exception {
        Path app = new FixtureJar().modular()
                .source("module-info", "module acme.inproc { requires dev.premain; opens acme.inproc; }")
                .source("acme.inproc.Main", "package acme.inproc; import dev.premain.*; public final class Main {"
                        + " @Ctor static void init() { System.out.println(\"ctor ran\"); }"
                        + " public static void main(String[] a) { Premain.bootstrap();"
                        + "  System.out.println(\"agent module \" + ModuleLayer.boot().findModule(\"dev.premain.agent\")"
                        + "   .map(Module::getName).orElse(\"missing\")); } }")
                .indexed("acme-inproc").writeTo(Jars.WORK.resolve("modules/inproc.jar"));

        ChildJvm.Result result = new ChildJvm().args("--module-path", Jars.API + File.pathSeparator + Jars.AGENT
                + File.pathSeparator + app, "--add-modules", "ALL-MODULE-PATH", "-m", "acme.inproc/acme.inproc.Main")
                .run();

        assertEquals(new ChildJvm.Result(0, "ctor ran\nagent module dev.premain.agent\n", ""), result,
                result::toString);
    }

    @Test
    void indexedModuleRunsItsPrivateCtorsAndOnlyTheirPackageIsOpened() throws Exception {
        ChildJvm.Result result = run(app("indexed", true));
        assertEquals(new ChildJvm.Result(0, EXPECTED, ""), result, result::toString);
    }

    /**
     * The parse of flagged classes is ASM's, which needs no module beyond java.base: a module-path
     * launch scans an un-indexed module as is, on every JDK (ClassGraph needed jdk.unsupported).
     */
    @Test
    void unindexedModuleIsScannedWithoutExtraModules() throws Exception {
        ChildJvm.Result result = run(app("scanned", false));
        assertEquals(new ChildJvm.Result(0, EXPECTED, ""), result, result::toString);
    }
}
