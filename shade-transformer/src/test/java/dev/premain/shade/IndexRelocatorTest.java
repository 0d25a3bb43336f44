package dev.premain.shade;

import static dev.premain.shade.Indexes.ACME;
import static dev.premain.shade.Indexes.index;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.apache.maven.plugins.shade.relocation.SimpleRelocator;
import org.junit.jupiter.api.Test;

/** Relocating whole index files, and the message for each way an input breaks the format. */
class IndexRelocatorTest {
    private static final String NAME = "META-INF/premain/index/acme.idx";
    private static final String FIX = ". The shaded jar is not written. Rebuild that jar with the Premain annotation"
            + " processor; never edit an index by hand.";

    @Test
    void relocatesEveryClassFieldResortsAndRecomputesTheChecksum() throws IOException {
        String input = index(
                "covers com.acme.A",
                "covers com.acme.A$B",
                "covers org.z.Z",
                "ctor com.acme.A init ()V 8 0 org.z.Z,com.acme.A$B",
                "ctor org.z.Z init ()V 8 0 com.acme.A",
                "dtor com.acme.A$B close ()V 8 -1 -",
                "section com.acme.A ALL 25 dev.premain.MapSection com.acme.A$B",
                "section org.z.Z ALL 25 dev.premain.SetSection -",
                "contribute com.acme.A com.acme.A$B - CLASS 25 com.acme.A$B true -",
                "contribute com.acme.A org.z.Z X FIELD 24 com.acme.A$B[] false -",
                "contribute org.z.Z com.acme.A N FIELD 24 long false j:7",
                "contribute org.z.Z com.acme.A S FIELD 24 java.lang.String false s:com.acme.A");

        String output = new IndexRelocator(ACME).relocate(NAME, input);

        assertEquals(index(
                "covers org.z.Z",
                "covers shaded.com.acme.A",
                "covers shaded.com.acme.A$B",
                "ctor org.z.Z init ()V 8 0 shaded.com.acme.A",
                "ctor shaded.com.acme.A init ()V 8 0 org.z.Z,shaded.com.acme.A$B",
                "dtor shaded.com.acme.A$B close ()V 8 -1 -",
                "section org.z.Z ALL 25 dev.premain.SetSection -",
                "section shaded.com.acme.A ALL 25 dev.premain.MapSection shaded.com.acme.A$B",
                "contribute org.z.Z shaded.com.acme.A N FIELD 24 long false j:7",
                "contribute org.z.Z shaded.com.acme.A S FIELD 24 java.lang.String false s:com.acme.A",
                "contribute shaded.com.acme.A org.z.Z X FIELD 24 shaded.com.acme.A$B[] false -",
                "contribute shaded.com.acme.A shaded.com.acme.A$B - CLASS 25 shaded.com.acme.A$B true -"), output);
    }

    @Test
    void withoutMatchingRelocationsTheIndexIsUnchanged() throws IOException {
        String input = index("covers org.z.Z", "ctor org.z.Z init ()V 8 0 -");
        assertEquals(input, new IndexRelocator(ACME).relocate(NAME, input));
        assertEquals(input, new IndexRelocator(List.of()).relocate(NAME, input));
    }

    @Test
    void acceptsAnIndexWithoutAFinalLineEnd() throws IOException {
        String input = index("covers com.acme.A");
        assertEquals(index("covers shaded.com.acme.A"),
                new IndexRelocator(ACME).relocate(NAME, input.substring(0, input.length() - 1)));
    }

    @Test
    void wrongHeader() {
        assertMalformed("premain-index 2\ncovers a.B\nchecksum 00000000\n", "it does not start with 'premain-index 1'");
    }

    @Test
    void crLfLineEnds() {
        assertMalformed(index("covers a.B").replace("\n", "\r\n"), "its lines end with CR LF; the format uses LF only");
    }

    @Test
    void wrongChecksum() {
        assertMalformed(index("covers a.B").replace("a.B", "a.C"), "its checksum does not match its content");
    }

    @Test
    void missingChecksum() {
        assertMalformed("premain-index 1\ncovers a.B\n", "its checksum does not match its content");
        assertMalformed("premain-index 1\n", "its checksum does not match its content");
        assertMalformed("", "it does not start with 'premain-index 1'");
    }

    @Test
    void unknownRecord() {
        assertMalformed(index("covers a.B", "provides a.B"), "line 3 has an unknown record 'provides'");
        assertMalformed(index("covers a.B", ""), "line 3 has an unknown record ''");
    }

    @Test
    void wrongFieldCount() {
        assertMalformed(index("covers a.B", "ctor a.B init ()V 8 0"), "line 3 is a 'ctor' record with 6 fields, not 7");
        assertMalformed(index("covers a.B c.D"), "line 2 is a 'covers' record with 3 fields, not 2");
        assertMalformed(index("covers  a.B"), "line 2 is a 'covers' record with 3 fields, not 2");
    }

    @Test
    void repeatedLine() {
        assertMalformed(index("covers a.B", "covers c.D", "covers a.B"), "line 4 repeats line 2");
    }

    @Test
    void relocationsThatMergeTwoRecordsFail() {
        List<org.apache.maven.plugins.shade.relocation.Relocator> clash = List.of(
                new SimpleRelocator("com.acme", "x", null, null), new SimpleRelocator("org.acme", "x", null, null));
        IOException e = assertThrows(IOException.class,
                () -> new IndexRelocator(clash).relocate(NAME, index("covers com.acme.A", "covers org.acme.A")));
        assertEquals("Premain index 'META-INF/premain/index/acme.idx' cannot be relocated: the relocations give two of"
                + " its records the text 'covers x.A'. The shaded jar is not written. Change the relocations so that"
                + " no two classes get the same name.", e.getMessage());
    }

    private static void assertMalformed(String text, String rule) {
        MalformedIndexException e = assertThrows(MalformedIndexException.class,
                () -> new IndexRelocator(ACME).relocate(NAME, text));
        assertEquals("Premain index 'META-INF/premain/index/acme.idx' cannot be relocated: " + rule + FIX,
                e.getMessage());
    }
}
