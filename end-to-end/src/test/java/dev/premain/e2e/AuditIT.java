package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code java -jar premain-agent.jar audit}: the whole plan, each item with its jar, and no user code run. */
class AuditIT {
    private static LibraryFixtures jars;
    private static Path loud;

    @BeforeAll
    static void buildFixtures() throws Exception {
        jars = LibraryFixtures.build("audit");
        loud = new FixtureJar()
                .source("loud.Noisy", "package loud; public final class Noisy {"
                        + " static { System.out.println(\"STATIC INITIALIZER RAN\"); }"
                        + " @dev.premain.Ctor static void init() { System.out.println(\"CTOR RAN\"); }"
                        + " @dev.premain.Contribute(lib.Greeters.class) static lib.Greeter make() { return () -> \"x\"; } }")
                .uses(jars.sections).writeTo(Jars.WORK.resolve("audit/loud.jar"));
    }

    private static String classPath(Path... entries) {
        StringBuilder text = new StringBuilder();
        for (Path entry : entries) {
            text.append(text.length() == 0 ? "" : File.pathSeparator).append(entry);
        }
        return text.toString();
    }

    private static ChildJvm.Result audit(String... args) throws Exception {
        return new ChildJvm().args("-jar", Jars.AGENT.toString()).args(args).run();
    }

    @Test
    void printsThePlanWithSourcesWithoutRunningAnything() throws Exception {
        ChildJvm.Result result = audit("audit", "--class-path",
                classPath(jars.app, jars.sections, jars.plugin, jars.more, loud));
        String jar = "$WORK/audit/";
        assertEquals(new ChildJvm.Result(0, String.join("\n",
                "Premain audit: nothing was run or initialized.",
                "",
                "Ctors, in run order:",
                "  1. plugin.Zeta.early  (priority -5, in " + jar + "plugin.jar)",
                "  2. loud.Noisy.init  (priority 0, in " + jar + "loud.jar)",
                "  3. more.Alpha.a  (priority 0, in " + jar + "more.jar)",
                "  4. more.Alpha.b  (priority 0, in " + jar + "more.jar)",
                "  5. plugin.Beta.init  (priority 0, in " + jar + "plugin.jar)",
                "  6. plugin.Sorter.sort  (priority 5, in " + jar + "plugin.jar)",
                "  7. plugin.Zeta.late  (priority 10, in " + jar + "plugin.jar)",
                "",
                "Dtors, in shutdown order:",
                "  1. plugin.Bye.second  (priority 1, in " + jar + "plugin.jar)",
                "  2. plugin.Bye.first  (priority 0, in " + jar + "plugin.jar)",
                "",
                "Sections:",
                "  lib.Greeters: ImmutableSection of lib.Greeter  (in " + jar + "sections.jar)",
                "    1. loud.Noisy.make  (method, in " + jar + "loud.jar)",
                "    2. plugin.Factories.FIELD  (field, in " + jar + "plugin.jar)",
                "    3. plugin.Factories.make  (method, in " + jar + "plugin.jar)",
                "    4. plugin.Hello  (class, in " + jar + "plugin.jar)",
                "  lib.Names: MutableSection of java.lang.String  (in " + jar + "sections.jar)",
                "    1. plugin.Words.A  (field = \"apple\", in " + jar + "plugin.jar)",
                "    2. plugin.Words.B  (field = \"banana\", in " + jar + "plugin.jar)",
                "    3. plugin.Words.C  (field = \"cherry\", in " + jar + "plugin.jar)",
                "  lib.Unused: ImmutableSection of lib.Greeter  (in " + jar + "sections.jar)",
                "    (empty)",
                "",
                "Jars that contribute, with the pin that trusts exactly that content:",
                "  sha256:HASH  " + jar + "plugin.jar",
                "  sha256:HASH  " + jar + "loud.jar",
                "  sha256:HASH  " + jar + "more.jar",
                "  sha256:HASH  " + jar + "sections.jar",
                "",
                "Problems:",
                "  (none)",
                "",
                "Checked only at launch (they run code, which the audit never does):",
                "  Every section field's value, every static initializer, every factory and constructor of a"
                        + " contribution, and every ctor run only at launch; what they throw is reported then.",
                ""), ""), withoutHashes(result), result::toString);
        assertTrue(result.out().contains("  sha256:" + sha256(jars.sections) + "  " + jar + "sections.jar\n"));
    }

    /** The hashes of jars compiled in the test: each is checked once, by {@link #sha256}, not pinned in text. */
    private static ChildJvm.Result withoutHashes(ChildJvm.Result result) {
        return new ChildJvm.Result(result.status(), result.out().replaceAll("sha256:[0-9a-f]{64}", "sha256:HASH")
                .replaceAll("\"sha256\":\"[0-9a-f]{64}\"", "\"sha256\":\"HASH\""), result.err());
    }

    private static String sha256(Path jar) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.nio.file.Files.readAllBytes(jar)));
    }

    @Test
    void jsonForMachinesWithProblemsAndExitStatus() throws Exception {
        ChildJvm.Result result = audit("audit", "--json", "--class-path", classPath(jars.sections, loud),
                "--options", "trust=lib");
        assertEquals(65, result.status(), result::toString);
        assertFalse(result.out().contains("RAN"), result::toString);
        assertEquals("{\"ctors\":[],\"dtors\":[],\"sections\":[{\"name\":\"lib.Greeters\",\"kind\":\"ImmutableSection\","
                + "\"elementType\":\"lib.Greeter\",\"source\":\"$WORK/audit/sections.jar\",\"items\":[]},"
                + "{\"name\":\"lib.Names\",\"kind\":\"MutableSection\",\"elementType\":\"java.lang.String\","
                + "\"source\":\"$WORK/audit/sections.jar\",\"items\":[]},{\"name\":\"lib.Unused\","
                + "\"kind\":\"ImmutableSection\",\"elementType\":\"lib.Greeter\",\"source\":\"$WORK/audit/sections.jar\","
                + "\"items\":[]}],\"problems\":[{\"severity\":\"error\",\"code\":\"untrusted\","
                + "\"subject\":\"@Ctor method 'loud.Noisy.init'\",\"rule\":\"is not trusted\","
                + "\"location\":\"$WORK/audit/loud.jar\",\"cause\":null,\"consequence\":\"Neither its package 'loud'"
                + " nor its jar 'loud.jar' is on the trust list (lib). It will not run.\",\"fix\":\"To allow it, add"
                + " 'loud' or 'loud.jar' to the trust option.\",\"message\":\"@Ctor method 'loud.Noisy.init' is not"
                + " trusted (in $WORK/audit/loud.jar). Neither its package 'loud' nor its jar 'loud.jar' is on the"
                + " trust list (lib). It will not run. To allow it, add 'loud' or 'loud.jar' to the trust option.\"},"
                + "{\"severity\":\"error\",\"code\":\"untrusted\",\"subject\":\"@Contribute method"
                + " 'loud.Noisy.make'\",\"rule\":\"is not trusted\",\"location\":\"$WORK/audit/loud.jar\","
                + "\"cause\":null,\"consequence\":\"Neither its package 'loud' nor its jar 'loud.jar' is on the"
                + " trust list (lib). It is not added to section 'lib.Greeters'.\",\"fix\":\"To allow it, add"
                + " 'loud' or 'loud.jar' to the trust option.\",\"message\":\"@Contribute method 'loud.Noisy.make'"
                + " is not trusted (in $WORK/audit/loud.jar). Neither its package 'loud' nor its jar 'loud.jar' is on"
                + " the trust list (lib). It is not added to section 'lib.Greeters'. To allow it, add 'loud' or"
                + " 'loud.jar' to the trust option.\"}],\"jars\":[{\"source\":\"$WORK/audit/sections.jar\",\"sha256\":\"HASH\"}],"
                + "\"overlaps\":[],\"launchOnly\":[\"Every section field's value, every static initializer, every factory"
                + " and constructor of a contribution, and every ctor run only at launch; what they throw is reported"
                + " then.\"]}\n", withoutHashes(result).out());
    }

    @Test
    void usageErrorExplainsTheCommand() throws Exception {
        ChildJvm.Result result = audit("audit", "--classpath", "x");
        assertEquals(64, result.status());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("premain: error: Unknown audit argument '--classpath'.\n"
                + "Usage: java -jar premain-agent.jar audit --class-path PATH [--json] [--options OPTIONS]\n"),
                result.err());
    }

    @Test
    void aDirectoryWildcardExpandsLikeTheJavaLauncher() throws Exception {
        java.nio.file.Path lib = java.nio.file.Files.createDirectories(Jars.WORK.resolve("audit/wild/lib"));
        java.nio.file.Files.copy(jars.sections, lib.resolve("sections.jar"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        java.nio.file.Files.copy(jars.plugin, lib.resolve("plugin.JAR"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        ChildJvm.Result result = audit("audit", "--class-path", jars.app + File.pathSeparator + lib + File.separator + "*");

        assertEquals(0, result.status(), result::toString);
        assertTrue(result.out().contains("  lib.Greeters: ImmutableSection of lib.Greeter  (in $WORK/audit/wild/lib/"
                + "sections.jar)\n"), result::toString);
        assertTrue(result.out().contains("(class, in $WORK/audit/wild/lib/plugin.JAR)"), result::toString);
    }

    @Test
    void helpAndNoArgumentsPrintTheUsageAndSucceed() throws Exception {
        for (String[] args : new String[][] {{}, {"--help"}, {"audit", "--help"}}) {
            ChildJvm.Result result = audit(args);
            assertEquals(0, result.status(), result::toString);
            assertTrue(result.out().startsWith("Usage: java -jar premain-agent.jar audit --class-path PATH"),
                    result::toString);
            assertEquals("", result.err());
        }
    }

    @Test
    void aClassPathWithoutPremainContentSaysSo() throws Exception {
        ChildJvm.Result result = audit("audit", "--class-path", jars.app.toString());

        assertTrue(result.out().startsWith("Premain audit: nothing was run or initialized.\nNo Premain content: no"
                + " @Ctor, @Dtor or @Section was found on this class path.\n"), result::toString);
    }
}
