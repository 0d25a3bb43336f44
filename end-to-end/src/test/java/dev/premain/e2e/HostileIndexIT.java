package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An index is a hint: a hand-made one (with a valid checksum) in a jar the attacker controls can
 * neither run code of classes outside its jar nor run a ctor twice. Each case is refused with an
 * error that names the index, the jar and what is wrong, and nothing the index names runs.
 */
class HostileIndexIT {
    private static final String STOPPED = "premain: 1 error; main was not started (exit status 65). Fix the errors"
            + " above, or start with on-error=warn to skip what failed.\n";
    private static Path app;
    private static Path admin;

    @BeforeAll
    static void buildFixtures() throws Exception {
        app = new FixtureJar().source("app.Main", "package app; public final class Main {"
                + " public static void main(String[] a) { System.out.println(\"main ran\"); } }")
                .writeTo(Jars.WORK.resolve("hostile/app.jar"));
        admin = new FixtureJar().source("com.acme.Admin", "package com.acme; public final class Admin {"
                + " static void dropDatabase() { System.out.println(\"DATABASE DROPPED\"); } }")
                .writeTo(Jars.WORK.resolve("hostile/admin.jar"));
    }

    /** An index with a valid checksum, as a forger would write it. */
    static String signed(String records) {
        String text = "premain-index 1\n" + records;
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return text + "checksum " + String.format("%08x", crc.getValue()) + "\n";
    }

    private static Path evil(String name, String index) throws Exception {
        return new FixtureJar().source("evil.Decoy", "package evil; public final class Decoy { }")
                .resource("META-INF/premain/index/evil.idx", index)
                .writeTo(Jars.WORK.resolve("hostile/" + name + ".jar"));
    }

    private static ChildJvm.Result run(Path... classPath) throws Exception {
        return new ChildJvm().agent(null).classPath(classPath).args("app.Main").run();
    }

    @Test
    void recordsNamingClassesOutsideTheIndexsJarAreRefused() throws Exception {
        Path evil = evil("foreign", signed("covers evil.Decoy\n"
                + "ctor com.acme.Admin dropDatabase ()V 8 0 -\n"
                + "ctor java.lang.Thread dumpStack ()V 9 0 -\n"));

        ChildJvm.Result result = run(app, evil, admin);

        assertEquals(new ChildJvm.Result(65, "", "premain: error: Index 'META-INF/premain/index/evil.idx' in"
                + " '$WORK/hostile/foreign.jar' cannot be trusted: a 'ctor' record names class 'com.acme.Admin', which"
                + " the index does not cover: an index may only describe the classes of its own jar or directory. The"
                + " index is ignored and the classes are scanned instead. Rebuild the jar with the Premain annotation"
                + " processor; never edit an index by hand.\n" + STOPPED), result, result::toString);
    }

    @Test
    void recordsThatClaimToCoverAnotherJarsClassAreStale() throws Exception {
        Path evil = evil("shadow", signed("covers com.acme.Admin\ncovers evil.Decoy\n"
                + "ctor com.acme.Admin dropDatabase ()V 8 0 -\n"));

        ChildJvm.Result result = run(app, evil, admin);

        assertEquals(new ChildJvm.Result(65, "", "premain: error: Index 'META-INF/premain/index/evil.idx' in"
                + " '$WORK/hostile/shadow.jar' is stale: it lists class 'com.acme.Admin', which is not there. The index"
                + " is ignored and the classes are scanned instead. Rebuild the jar so the index matches its classes.\n"
                + STOPPED), result, result::toString);
        assertFalse(result.out().contains("DROPPED"));
    }

    @Test
    void aRecordListedTwiceIsRefusedSoNothingRunsTwice() throws Exception {
        Path twice = new FixtureJar().source("twice.Once", "package twice; public final class Once {"
                + " @dev.premain.Ctor static void init() { System.out.println(\"ctor ran\"); } }")
                .resource("META-INF/premain/index/twice.idx", signed("covers twice.Once\n"
                        + "ctor twice.Once init ()V 8 0 -\nctor twice.Once init ()V 8 0 -\n"))
                .writeTo(Jars.WORK.resolve("hostile/twice.jar"));

        ChildJvm.Result result = run(app, twice);

        assertEquals(new ChildJvm.Result(65, "", "premain: error: Index 'META-INF/premain/index/twice.idx' in"
                + " '$WORK/hostile/twice.jar' cannot be trusted: line 4 repeats line 3. The index is ignored and the"
                + " classes are scanned instead. Rebuild the jar with the Premain annotation processor; never edit an"
                + " index by hand.\n" + STOPPED), result, result::toString);
    }

    @Test
    void anIndexWithCrLfLineEndsIsNamedAsSuch() throws Exception {
        Path crlf = evil("crlf", signed("covers evil.Decoy\n").replace("\n", "\r\n"));

        ChildJvm.Result result = run(app, crlf);

        assertEquals(new ChildJvm.Result(65, "", "premain: error: Index 'META-INF/premain/index/evil.idx' in"
                + " '$WORK/hostile/crlf.jar' cannot be trusted: its lines end with CR LF, as when a tool converted its"
                + " line ends; the format uses LF only. The index is ignored and the classes are scanned instead."
                + " Rebuild the jar with the Premain annotation processor; never edit an index by hand.\n" + STOPPED),
                result, result::toString);
    }

    @Test
    void classEntriesTheJvmCannotLoadByNameAreSkippedNotACrash() throws Exception {
        Path odd = new FixtureJar().source("odd.Hook", "package odd; public final class Hook {"
                + " @dev.premain.Ctor static void init() { System.out.println(\"ctor ran\"); } }")
                .writeTo(Jars.WORK.resolve("hostile/odd-source.jar"));
        Path dotted = JarSurgery.renamed(odd, "odd/Hook.class", "./odd/Hook.class",
                Jars.WORK.resolve("hostile/dotted.jar"));
        Path versioned = JarSurgery.renamed(odd, "odd/Hook.class", "lib.v2/odd/Hook.class",
                Jars.WORK.resolve("hostile/versioned.jar"));

        assertEquals(new ChildJvm.Result(0, "main ran\n", ""), run(app, dotted, versioned));
    }
}
