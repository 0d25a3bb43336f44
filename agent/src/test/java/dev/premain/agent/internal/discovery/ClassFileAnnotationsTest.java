package dev.premain.agent.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.Contribute;
import dev.premain.Ctor;
import dev.premain.Dtor;
import dev.premain.ImmutableSection;
import dev.premain.Section;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Member annotations straight from class-file bytes: what cached records are checked against. */
class ClassFileAnnotationsTest {

    static final class Sample {
        @Section
        static final ImmutableSection<Object> ALL = ImmutableSection.of(Object.class);
        @Contribute(Sample.class)
        static final String NAME = "n";
        static final long WIDE = 1L; // Why: a long takes two constant-pool slots.
        static final double WIDER = 2.5;

        @Ctor(priority = 3, after = Sample.class)
        static void init() {
        }

        @Dtor
        static void close() {
        }

        @Deprecated
        static void plain() {
        }
    }

    @Contribute(Sample.class)
    static final class Plugin {
    }

    private static Map<String, Set<String>> read(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1)
                + ".class")) {
            return ClassFileAnnotations.of(in.readAllBytes());
        }
    }

    @Test
    void membersAndTheirAnnotationsAreRead() throws IOException {
        Map<String, Set<String>> members = read(Sample.class);
        String sample = "L" + Sample.class.getName().replace('.', '/') + ";";

        assertEquals(Set.of("Ldev/premain/Ctor;"), members.get("method init ()V"));
        assertEquals(Set.of("Ldev/premain/Dtor;"), members.get("method close ()V"));
        assertNull(members.get("method plain ()V"), "only Premain annotations are read");
        assertEquals(Set.of("Ldev/premain/Section;"), members.get("field ALL"));
        assertEquals(Set.of("Ldev/premain/Contribute;", "Ldev/premain/Contribute;=" + sample), members.get("field NAME"));
        assertNull(members.get("field WIDE"));
        assertNull(members.get("class"));
        assertTrue(read(Plugin.class).get("class").contains("Ldev/premain/Contribute;=" + sample));
    }

    @Test
    void truncatedBytesAreAnIoExceptionNotACrash() throws IOException {
        byte[] whole;
        try (InputStream in = Sample.class.getResourceAsStream("ClassFileAnnotationsTest$Sample.class")) {
            whole = in.readAllBytes();
        }
        for (int length = 8; length < whole.length; length += 7) {
            byte[] cut = java.util.Arrays.copyOf(whole, length);
            assertThrows(IOException.class, () -> ClassFileAnnotations.of(cut), "cut at " + length);
        }
    }

    @Test
    void bytesThatAreNoClassFileAreAnIoException() {
        assertThrows(IOException.class, () -> ClassFileAnnotations.of(new byte[] {1, 2, 3, 4, 0, 0, 0, 0}));
        assertThrows(IOException.class, () -> ClassFileAnnotations.of(new byte[] {(byte) 0xCA, (byte) 0xFE,
                (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 3, 99}));
    }
}
