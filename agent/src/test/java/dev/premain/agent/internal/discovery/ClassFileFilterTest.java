package dev.premain.agent.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.agent.internal.AcmeLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte pre-filter: a class file passes exactly when it holds a Premain annotation descriptor. */
public class ClassFileFilterTest {
    private static Map<String, byte[]> classes;

    @BeforeAll
    public static void compile() {
        classes = AcmeLibrary.plain();
    }

    @Test
    public void exactlyTheAnnotatedClassesAndTheStringMentionPass() {
        TreeSet<String> passed = new TreeSet<>();
        classes.forEach((entry, bytes) -> {
            if (ClassFileFilter.mentionsPremain(bytes)) {
                passed.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
            }
        });

        assertEquals(AcmeLibrary.CLASSES.size(), classes.size());
        assertEquals(AcmeLibrary.CANDIDATES, List.copyOf(passed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme/Sections.class", "acme/Names.class", "acme/Startup.class",
            "acme/Startup$Inner.class", "acme/sub/Deep.class"})
    public void eachAnnotationKindPasses(String entry) {
        assertTrue(ClassFileFilter.mentionsPremain(classes.get(entry)), entry);
    }

    /** The skip search finds the descriptor wherever it sits, and after near misses it jumps over. */
    @ParameterizedTest
    @ValueSource(strings = {"Ldev/premain/Ctor;", "xLdev/premain/Dtor;", "LLdev/premain/Section;yy",
            "Ldev/premainLdev/premain/Contribute;", "Ldev/premain/Ldev/premain/Ctor;", "dev/premain/Ldev/premain/Ctor;",
            "premain/premain/Ldev/premain/Ctor;z"})
    public void theDescriptorIsFoundAnywhere(String text) {
        assertTrue(ClassFileFilter.mentionsPremain(text.getBytes(StandardCharsets.UTF_8)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "L", "Ldev/premain/", "Ldev/premain/Ctor", "Ldev/premain/ctor;", "Ldev/premaiN/Ctor;",
            "dev/premain/Ctor;", "Ldev/premain/Ctors;"})
    public void nearMissesDoNotPass(String text) {
        assertFalse(ClassFileFilter.mentionsPremain(text.getBytes(StandardCharsets.UTF_8)), text);
    }

    @Test
    public void referencesToTheApiThatAreNoAnnotationDoNotPass() {
        // UsesApi has the class constant dev/premain/Ctor (no 'L', no ';') and the descriptor
        // Ldev/premain/ImmutableSection; (the prefix, but no annotation name after it).
        assertFalse(ClassFileFilter.mentionsPremain(classes.get("acme/UsesApi.class")));
        assertFalse(ClassFileFilter.mentionsPremain(classes.get("acme/Plain.class")));
    }

    /**
     * A string constant that spells an annotation descriptor passes the filter: a false positive by
     * design, and harmless, since ASM then parses the class and finds no annotation
     * (DiscoveryTest checks that nothing comes of it).
     */
    @Test
    public void aStringConstantSpellingTheDescriptorIsAHarmlessFalsePositive() {
        assertTrue(ClassFileFilter.mentionsPremain(classes.get("acme/Mentions.class")));
    }

    @Test
    public void classesOfThisTestsOwnFixturesPackage() throws IOException {
        assertTrue(ClassFileFilter.mentionsPremain(own("/dev/premain/agent/internal/fixtures/Sections$Greetings")));
        assertFalse(ClassFileFilter.mentionsPremain(own("/dev/premain/agent/internal/fixtures/InitLog")));
        assertFalse(ClassFileFilter.mentionsPremain(own("/dev/premain/agent/internal/fixtures/Sections"))); // only its nested classes
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ldev/premain/Ctor;", "Ldev/premain/Dtor;", "Ldev/premain/Section;",
            "Ldev/premain/Contribute;", "xxLdev/premain/Ctor;", "Ldev/premain/Ldev/premain/Dtor;",
            "Ldev/premainLdev/premain/Section;xx"})
    public void rawBytesThatPass(String text) {
        assertTrue(ClassFileFilter.mentionsPremain(bytes(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "L", "Ldev/premain", "Ldev/premain/", "xxLdev/premain/", "Ldev/premain/Cto",
            "Ldev/premain/Ctor", "Ldev/premain/Dtor", "Ldev/premain/Contribute", "Ldev/premain/Ctorx;",
            "Ldev/premain/ctor;", "dev/premain/Ctor;", "Ldev/premain/sub/Ctor;", "Ldev/premain/Premain;",
            "Ldev/premain/ImmutableSection;", "Ldev.premain.Ctor;"})
    public void rawBytesThatDoNotPass(String text) {
        assertFalse(ClassFileFilter.mentionsPremain(bytes(text)), text);
    }

    @Test
    public void aPrefixAtTheVeryEndOfTheArrayIsReadWithinBounds() {
        byte[] tail = bytes("Ldev/premain/Section;");
        for (int cut = 0; cut < tail.length; cut++) {
            byte[] truncated = new byte[100 + cut];
            System.arraycopy(tail, 0, truncated, 100, cut);
            assertFalse(ClassFileFilter.mentionsPremain(truncated), "cut at " + cut);
        }
        byte[] whole = new byte[100 + tail.length];
        System.arraycopy(tail, 0, whole, 100, tail.length);
        assertTrue(ClassFileFilter.mentionsPremain(whole));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] own(String name) throws IOException {
        try (InputStream in = ClassFileFilterTest.class.getResourceAsStream(name + ".class")) {
            return in.readAllBytes();
        }
    }
}
