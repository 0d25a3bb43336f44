package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trust allow-list: untrusted contributors are refused before any of their code runs. */
class TrustIT {
    private static Path trusted;
    private static Path untrusted;

    @BeforeAll
    static void buildFixtures() throws Exception {
        trusted = new BrokenApp("trusted")
                .source("acme.Names", "package acme; import dev.premain.*; public final class Names {"
                        + " @Section public static final ImmutableSection<String> ALL = ImmutableSection.of(String.class);"
                        + " @Ctor static void init() { System.out.println(\"acme ctor, names \" + ALL.asList()); } }")
                .jar();
        untrusted = new FixtureJar().uses(trusted)
                .source("evil.Miner", "package evil; public final class Miner {"
                        + " static { System.out.println(\"evil static initializer ran\"); }"
                        + " @dev.premain.Ctor static void init() { System.out.println(\"evil ctor ran\"); }"
                        + " @dev.premain.Contribute(acme.Names.class) static String name() { return \"evil\"; } }")
                .writeTo(Jars.WORK.resolve("trust/evil-1.0.jar"));
    }

    private static ChildJvm.Result run(String options) throws Exception {
        return new ChildJvm().agent(options).classPath(trusted, untrusted).args("app.Main").run();
    }

    @Test
    void untrustedContributorIsRefusedAndItsStaticInitializerNeverRuns() throws Exception {
        ChildJvm.Result result = run("trust=acme:app");
        assertEquals(new ChildJvm.Result(65, "", String.join("\n",
                "premain: error: @Ctor method 'evil.Miner.init' is not trusted (in $WORK/trust/evil-1.0.jar). Neither"
                        + " its package 'evil' nor its jar 'evil-1.0.jar' is on the trust list (acme, app). It will not"
                        + " run. To allow it, add 'evil' or 'evil-1.0.jar' to the trust option.",
                "premain: error: @Contribute method 'evil.Miner.name' is not trusted (in $WORK/trust/evil-1.0.jar)."
                        + " Neither its package 'evil' nor its jar 'evil-1.0.jar' is on the trust list (acme, app). It is"
                        + " not added to section 'acme.Names'. To allow it, add 'evil' or 'evil-1.0.jar' to the trust"
                        + " option.",
                "premain: 2 errors; main was not started (exit status 65). Fix the errors above, or start with"
                        + " on-error=warn to skip what failed.",
                "")), result, result::toString);
    }

    @Test
    void onErrorWarnSkipsTheUntrustedCodeAndStarts() throws Exception {
        ChildJvm.Result result = run("trust=acme,on-error=warn");
        assertEquals(0, result.status(), result::toString);
        assertEquals("acme ctor, names []\nmain ran\n", result.out());
    }

    @Test
    void aJarPatternTrustsTheJar() throws Exception {
        ChildJvm.Result result = run("trust=acme:evil-*.jar");
        assertEquals(new ChildJvm.Result(0,
                "evil static initializer ran\nacme ctor, names [evil]\nevil ctor ran\nmain ran\n", ""), result,
                result::toString);
    }

    @Test
    void trustModeWarnReportsButAllows() throws Exception {
        ChildJvm.Result result = run("trust=acme,trust-mode=warn");
        assertEquals(0, result.status(), result::toString);
        assertEquals("premain: warning: @Ctor method 'evil.Miner.init' is not trusted (in $WORK/trust/evil-1.0.jar)."
                + " Neither its package 'evil' nor its jar 'evil-1.0.jar' is on the trust list (acme). It is allowed"
                + " anyway (trust-mode=warn). To allow it, add 'evil' or 'evil-1.0.jar' to the trust option.",
                result.err().lines().findFirst().orElse(""));
    }

    @Test
    void aContentPinTrustsExactlyThatJarWhateverItsNames() throws Exception {
        String pin = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.nio.file.Files.readAllBytes(untrusted)));

        ChildJvm.Result pinned = run("trust=acme:app:sha256:" + pin);
        ChildJvm.Result otherPin = run("trust=acme:app:sha256:" + "0".repeat(64));

        assertEquals(0, pinned.status(), pinned::toString);
        assertEquals("", pinned.err(), pinned::toString);
        assertEquals(65, otherPin.status(), otherPin::toString);
        assertTrue(otherPin.err().startsWith("premain: error: @Ctor method 'evil.Miner.init' is not trusted (in"
                + " $WORK/trust/evil-1.0.jar). Neither its package 'evil' nor its jar 'evil-1.0.jar' is on the trust list"
                + " (acme, app, sha256:" + "0".repeat(64) + ")."), otherPin::toString);
    }
}
