package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trust is decided on where the code really comes from: an unannotated copy of a trusted ctor class,
 * earlier on the class path, is what the JVM would load, so the trusted record is refused before
 * any code of either copy runs — indexed or scanned, at launch and in the audit.
 */
class ShadowedClassIT {
    private static Path indexedApp;
    private static Path scannedApp;
    private static Path evil;

    @BeforeAll
    static void buildFixtures() throws Exception {
        String startup = "package com.acme; public final class Startup {"
                + " @dev.premain.Ctor static void init() { System.out.println(\"trusted ctor ran\"); } }";
        String main = "package com.acme; public final class Main {"
                + " public static void main(String[] a) { System.out.println(\"main ran\"); } }";
        indexedApp = new FixtureJar().source("com.acme.Startup", startup).source("com.acme.Main", main)
                .indexed("app").writeTo(Jars.WORK.resolve("shadow/indexed/app.jar"));
        scannedApp = new FixtureJar().source("com.acme.Startup", startup).source("com.acme.Main", main)
                .writeTo(Jars.WORK.resolve("shadow/scanned/app.jar"));
        evil = new FixtureJar().source("com.acme.Startup", "package com.acme; public final class Startup {"
                + " static { System.out.println(\"EVIL STATIC INITIALIZER RAN\"); }"
                + " static void init() { System.out.println(\"EVIL INIT RAN\"); } }")
                .writeTo(Jars.WORK.resolve("shadow/evil.jar"));
    }

    private static String refusal(Path app) {
        String at = "$WORK/shadow/" + Jars.WORK.resolve("shadow").relativize(app).toString().replace(File.separatorChar, '/');
        return "error: @Ctor method 'com.acme.Startup.init' is declared here, but the JVM loads class"
                + " 'com.acme.Startup' from '$WORK/shadow/evil.jar' (in " + at + "). It will not run. That copy is what"
                + " would run, and it was not checked. Remove the other copy of 'com.acme.Startup' from the class path,"
                + " or put this entry before it.";
    }

    @Test
    void anUnannotatedCopyEarlierOnTheClassPathStopsTheTrustedCtorIndexedOrScanned() throws Exception {
        for (Path app : new Path[] {indexedApp, scannedApp}) {
            ChildJvm.Result result = new ChildJvm().agent("trust=app.jar,cache=off").classPath(evil, app)
                    .args("com.acme.Main").run();

            assertEquals(new ChildJvm.Result(65, "", "premain: " + refusal(app) + "\npremain: 1 error; main was not"
                    + " started (exit status 65). Fix the errors above, or start with on-error=warn to skip what"
                    + " failed.\n"), result, result::toString);
        }
    }

    @Test
    void theAuditSaysWhereTheClassReallyComesFrom() throws Exception {
        ChildJvm.Result result = new ChildJvm().args("-jar", Jars.AGENT.toString(), "audit", "--class-path",
                evil + File.pathSeparator + indexedApp, "--options", "trust=app.jar").run();

        assertEquals(65, result.status(), result::toString);
        assertEquals(true, result.out().contains("Ctors, in run order:\n  (none)\n"), result::toString);
        assertEquals(true, result.out().contains("\n  " + refusal(indexedApp) + "\n"), result::toString);
        assertEquals(true, result.out().contains("\nShadowed classes and split packages:\n"
                + "  Class 'com.acme.Startup' is in 2 entries with different bytes: '$WORK/shadow/evil.jar',"
                + " '$WORK/shadow/indexed/app.jar'. The JVM loads the copy in '$WORK/shadow/evil.jar'.\n"
                + "  Package 'com.acme' is split across '$WORK/shadow/evil.jar', '$WORK/shadow/indexed/app.jar'.\n"),
                result::toString);
    }

    @Test
    void withTheTrustedCopyFirstItRuns() throws Exception {
        ChildJvm.Result result = new ChildJvm().agent("trust=app.jar,cache=off").classPath(indexedApp, evil)
                .args("com.acme.Main").run();

        assertEquals(new ChildJvm.Result(0, "trusted ctor ran\nmain ran\n", ""), result, result::toString);
    }
}
