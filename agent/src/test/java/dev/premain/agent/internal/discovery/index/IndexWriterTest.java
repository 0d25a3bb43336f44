package dev.premain.agent.internal.discovery.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.agent.internal.IndexRecords;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredSection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The index text the scan cache stores: every record kind, sorted, with its checksum. */
public class IndexWriterTest {
    public static final String BODY = "premain-index 1\n"
            + "covers acme.A\n"
            + "covers acme.A$Inner\n"
            + "covers acme.B\n"
            + "ctor acme.A init ()V 8 5 acme.B,acme.C$D\n"
            + "ctor acme.B setUp ()V 10 -3 -\n"
            + "dtor acme.A close ()V 41 0 -\n"
            + "dtor acme.A$Inner stop ()V 8 -2147483648 acme.A\n"
            // Note: sections and contributions are sorted together, so 'contribute' comes before 'section',
            // unlike the processor's order in docs/INDEX-FORMAT.md. The reader accepts any order.
            + "contribute acme.A acme.A$Inner - CLASS 1 acme.A$Inner true -\n"
            + "contribute acme.A acme.B BOOL FIELD 24 boolean false z:true\n"
            + "contribute acme.A acme.B BYTE FIELD 24 byte false b:-7\n"
            + "contribute acme.A acme.B CHAR FIELD 24 char false c:10\n"
            + "contribute acme.A acme.B DOUBLE FIELD 24 double false d:-2.5E-300\n"
            + "contribute acme.A acme.B FLOAT FIELD 24 float false f:3.25\n"
            + "contribute acme.A acme.B INT FIELD 24 int false i:8080\n"
            + "contribute acme.A acme.B LONG FIELD 24 long false j:1099511627776\n"
            + "contribute acme.A acme.B NAMES FIELD 24 java.lang.String[] false -\n"
            + "contribute acme.A acme.B SHORT FIELD 24 short false h:-300\n"
            + "contribute acme.A acme.B TEXT FIELD 25 java.lang.String false"
            + " s:50%25+off%2C%0Ana%C3%AFve+%22%C3%BCn%C3%AFcode%22+%E2%9C%93\n"
            + "contribute acme.A acme.B make METHOD 10 java.lang.Object true -\n"
            + "section acme.A ALL 25 dev.premain.ImmutableSection java.lang.String\n"
            + "section acme.B RAW 24 dev.premain.MapSection -\n";

    @Test
    public void everyRecordKindAndConstantType() {
        assertEquals(BODY + "checksum e4ede00a\n", IndexWriter.write(IndexRecords.COVERS, IndexRecords.all()));
    }

    @Test
    public void theChecksumIsOverEverythingBeforeItsLine() {
        assertEquals("e4ede00a", IndexCodec.checksum(BODY));
    }

    @Test
    public void nothingButHeaderAndChecksum() {
        assertEquals("premain-index 1\nchecksum 9e8c089e\n",
                IndexWriter.write(Set.of(), new Declarations(List.of(), List.of(), List.of(), List.of())));
    }

    @Test
    public void theSameRecordsInAnyOrderGiveTheSameText() {
        String expected = IndexWriter.write(IndexRecords.COVERS, IndexRecords.all());
        Random random = new Random(7);
        for (int i = 0; i < 10; i++) {
            assertEquals(expected, IndexWriter.write(IndexRecords.COVERS, new Declarations(shuffled(IndexRecords.CTORS,
                    random), shuffled(IndexRecords.DTORS, random), shuffled(IndexRecords.SECTIONS, random),
                    shuffled(IndexRecords.CONTRIBUTIONS, random))));
        }
    }

    @Test
    public void anEmptyElementTypeIsWrittenAsAbsent() {
        DeclaredSection section = new DeclaredSection("a.A", "ALL", 24, "dev.premain.SetSection", "", "x");
        String text = IndexWriter.write(Set.of(), new Declarations(List.of(), List.of(), List.of(section), List.of()));
        assertEquals("premain-index 1\nsection a.A ALL 24 dev.premain.SetSection -\n", text.substring(0,
                text.indexOf("checksum ")));
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
