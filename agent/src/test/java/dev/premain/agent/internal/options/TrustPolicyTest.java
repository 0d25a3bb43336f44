package dev.premain.agent.internal.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The trust allow-list: packages with their subpackages, and jar file names with {@code *} wildcards. */
public class TrustPolicyTest {
    private static final TrustPolicy POLICY = new TrustPolicy(List.of("com.acme", "acme-*.jar", "a+b(1).jar"), false);

    @Test
    public void everyoneIsTrustedWithoutAList() {
        assertTrue(TrustPolicy.EVERYONE.isEveryone());
        assertTrue(TrustPolicy.EVERYONE.trusts("com.evil.Bad", "/lib/evil.jar"));
        assertTrue(TrustPolicy.EVERYONE.trusts("Bad", ""));
        assertFalse(POLICY.isEveryone());
    }

    @Test
    public void anEmptyListTrustsNoOne() {
        TrustPolicy none = new TrustPolicy(List.of(), false);

        assertFalse(none.isEveryone());
        assertFalse(none.trusts("com.acme.App", "/lib/acme-1.0.jar"));
        assertEquals("", none.describe());
    }

    @Test
    public void describeListsTheEntries() {
        assertEquals("com.acme, acme-*.jar, a+b(1).jar", POLICY.describe());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            com.acme.App                  | /lib/other.jar         | true
            com.acme.Outer$Inner          | /lib/other.jar         | true
            com.acme.plugins.deep.Plugin  | /lib/other.jar         | true
            com.acmex.App                 | /lib/other.jar         | false
            com.Acme                      | /lib/other.jar         | false
            com.acme                      | /lib/other.jar         | false
            org.example.App               | /lib/acme-1.0.jar      | true
            org.example.App               | lib/acme-.jar          | true
            org.example.App               | acme-2.jar             | true
            org.example.App               | /lib/acme.jar          | false
            org.example.App               | /lib/xacme-1.0.jar     | false
            org.example.App               | /lib/acme-1.0.jar.bak  | false
            org.example.App               | /lib/acme-1.0.JAR      | false
            org.example.App               | /acme-1.0.jar/classes  | false
            org.example.App               | /lib/a+b(1).jar        | true
            org.example.App               | /lib/aab(1).jar        | false
            org.example.App               | /lib/a+b1.jar          | false
            App                           | /lib/other.jar         | false
            """)
    public void packagesAndJarGlobs(String className, String location, boolean trusted) {
        assertEquals(trusted, POLICY.trusts(className, location), className + " in " + location);
    }

    @Test
    public void aStarAloneMatchesEveryJarButNoDirectory() {
        TrustPolicy jars = new TrustPolicy(List.of("*.jar"), false);

        assertTrue(jars.trusts("x.Y", "/lib/anything-at-all.jar"));
        assertTrue(jars.trusts("x.Y", "/lib/.jar"));
        assertFalse(jars.trusts("x.Y", "/app/classes"));
    }

    @Test
    public void severalStarsAndRegexCharactersAreLiteralExceptTheStar() {
        TrustPolicy jars = new TrustPolicy(List.of("acme-*-plugin-*.jar", "[x].jar", "\\Q*.jar"), false);

        assertTrue(jars.trusts("x.Y", "/lib/acme-db-plugin-1.0.jar"));
        assertFalse(jars.trusts("x.Y", "/lib/acme-db-1.0.jar"));
        assertTrue(jars.trusts("x.Y", "/lib/[x].jar"));
        assertFalse(jars.trusts("x.Y", "/lib/x.jar"));
        assertTrue(jars.trusts("x.Y", "/lib/\\Qanything.jar"));
        assertFalse(jars.trusts("x.Y", "/lib/anything.jar"));
    }
}
