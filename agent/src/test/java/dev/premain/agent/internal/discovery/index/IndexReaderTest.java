package dev.premain.agent.internal.discovery.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.premain.agent.internal.AcmeLibrary;
import dev.premain.agent.internal.IndexRecords;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing the index format: a round trip of every record, the checksum, and each exact error. */
public class IndexReaderTest {
    private static final String HEADER = "premain-index 1\n";
    private static final String WHERE = "/app/classes";

    @Test
    public void aRoundTripGivesBackEveryRecordWithTheGivenLocation() throws IndexFormatException {
        String text = IndexWriter.write(IndexRecords.COVERS, IndexRecords.all());

        IndexFile index = IndexReader.read(text, IndexRecords.LOCATION);

        assertEquals(IndexRecords.COVERS, index.covers());
        assertEquals(IndexRecords.all(), index.content());
    }

    @Test
    public void theLocationComesFromTheReaderNotTheText() throws IndexFormatException {
        IndexFile index = IndexReader.read(IndexWriterTest.BODY + "checksum e4ede00a\n", WHERE);

        assertEquals(Set.of(WHERE), locations(index.content()));
    }

    @Test
    public void headerAndChecksumOnlyIsAnEmptyIndex() throws IndexFormatException {
        IndexFile index = IndexReader.read(HEADER + "checksum 9e8c089e\n", WHERE);

        assertEquals(new IndexFile(Set.of(), new Declarations(List.of(), List.of(), List.of(), List.of())),
                index);
    }

    @Test
    public void aFinalNewlineAfterTheChecksumIsOptional() throws IndexFormatException {
        assertEquals(Set.of(), IndexReader.read(HEADER + "checksum 9e8c089e", WHERE).covers());
        assertEquals(Set.of("a.A"), IndexReader.read(signed("covers a.A\n") + "\n", WHERE).covers());
    }

    @Test
    public void absentFieldsAreNullOrEmpty() throws IndexFormatException {
        IndexFile index = IndexReader.read(signed("covers a.A\ncovers a.B\n" + "ctor a.A init ()V 8 0 -\n"
                + "section a.A ALL 24 dev.premain.ImmutableSection -\n"
                + "contribute a.A a.B - CLASS 1 a.B false -\n"), WHERE);

        assertEquals(List.of(new DeclaredMethod("a.A", "init", "()V", 8, 0, List.of(), WHERE)), index.content().ctors());
        assertNull(index.content().sections().get(0).elementType());
        DeclaredContribution item = index.content().contributions().get(0);
        assertNull(item.memberName());
        assertNull(item.constant());
    }

    @Test
    public void afterIsCommaSeparated() throws IndexFormatException {
        IndexFile index = IndexReader.read(signed("covers a.A\ndtor a.A stop ()V 8 1 b.B,c.C$D,e.E\n"), WHERE);

        assertEquals(List.of("b.B", "c.C$D", "e.E"), index.content().dtors().get(0).after());
    }

    @Test
    public void constantsAreDecoded() throws IndexFormatException {
        IndexFile index = IndexReader.read(signed(
                "covers a.A\ncontribute a.S a.A X FIELD 24 java.lang.String false s:a+b%25%0A%C3%A9\n"
                + "contribute a.S a.A Y FIELD 24 char false c:233\n"), WHERE);

        assertEquals(List.of("a b%\né", 'é'), index.content().contributions().stream()
                .map(DeclaredContribution::constant).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "premain-index 1", "premain-index 2\n", "premain-index 1 \n", "Premain-index 1\n",
            " premain-index 1\n", "covers a.A\npremain-index 1\n"})
    public void aWrongHeader(String start) {
        String text = start.isEmpty() ? "" : signed(start, "covers a.A\n");

        assertEquals("it does not start with 'premain-index 1'", failure(text));
    }

    @Test
    public void crLfLineEndsAreNamedAsSuch() {
        assertEquals("its lines end with CR LF, as when a tool converted its line ends; the format uses LF only",
                failure(signed("premain-index 1\r\n", "covers a.A\r\n")));
    }

    @Test
    public void aRecordForAClassTheIndexDoesNotCoverIsRefused() {
        assertEquals("a 'ctor' record names class 'java.lang.Thread', which the index does not cover: an index may"
                + " only describe the classes of its own jar or directory",
                failure(signed("covers a.A\nctor java.lang.Thread dumpStack ()V 9 0 -\n")));
        assertEquals("a 'contribute' record names class 'com.acme.Admin', which the index does not cover: an index"
                + " may only describe the classes of its own jar or directory",
                failure(signed("covers a.A\ncontribute a.S com.acme.Admin NAME FIELD 24 java.lang.String false s:x\n")));
    }

    @Test
    public void aRepeatedRecordIsRefused() {
        assertEquals("line 4 repeats line 3",
                failure(signed("covers a.A\nctor a.A init ()V 8 0 -\nctor a.A init ()V 8 0 -\n")));
    }

    @Test
    public void aMissingChecksum() {
        assertEquals("its checksum does not match its content", failure(HEADER + "covers a.A\n"));
        assertEquals("its checksum does not match its content", failure(HEADER));
        assertEquals("its checksum does not match its content", failure(HEADER + "checksum \n"));
    }

    @Test
    public void editedText() {
        String text = signed("covers a.A\nctor a.A init ()V 8 0 -\n");

        assertEquals("its checksum does not match its content", failure(text.replace("a.A init", "a.A boot")));
        assertEquals("its checksum does not match its content", failure(text.replace(" 8 0 ", " 8 -1 ")));
        assertEquals("its checksum does not match its content", failure(text.replace("covers a.A\n", "")));
        assertEquals("its checksum does not match its content", failure(text + "covers b.B\n"));
    }

    @Test
    public void aChecksumNotOnItsOwnLineOrNotInLowercase() {
        String body = HEADER + "covers a.A\n";
        String checksum = IndexCodec.checksum(body);

        assertEquals("its checksum does not match its content", failure(body + "checksum " + checksum.toUpperCase(
                Locale.ROOT) + "\n"));
        assertEquals("its checksum does not match its content", failure(HEADER + "covers a.Achecksum "
                + IndexCodec.checksum(HEADER + "covers a.A") + "\n"));
    }

    @Test
    public void aTruncatedIndexFailsItsChecksum() {
        String text = IndexWriter.write(IndexRecords.COVERS, IndexRecords.all());
        for (int cut = HEADER.length(); cut < text.length() - 1; cut += 7) {
            assertEquals("its checksum does not match its content", failure(text.substring(0, cut)), "cut " + cut);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            covers                                                    | a 'covers' record has 1 field, not 2
            covers a.A b.B                                            | a 'covers' record has 3 fields, not 2
            covers  a.A                                               | a 'covers' record has 3 fields, not 2
            ctor a.A init ()V 8 0                                     | a 'ctor' record has 6 fields, not 7
            dtor a.A init ()V 8 0 - x                                 | a 'dtor' record has 8 fields, not 7
            section a.A ALL 24 dev.premain.SetSection                 | a 'section' record has 5 fields, not 6
            contribute a.S a.A X FIELD 24 int false                   | a 'contribute' record has 8 fields, not 9
            contribute a.S a.A X FIELD 24 int false i:1 x             | a 'contribute' record has 10 fields, not 9
            """)
    public void aWrongFieldCount(String line, String message) {
        assertEquals(message, failure(signed(line + "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ctor a.A init ()V public 0 -", "ctor a.A init ()V 8 first -",
            "dtor a.A init ()V 8 2147483648 -", "section a.A ALL x dev.premain.SetSection a.E",
            "contribute a.S a.A X field 24 int false i:1", "contribute a.S a.A X MEMBER 24 int false i:1",
            "contribute a.S a.A X FIELD 0x18 int false i:1"})
    public void aMalformedLineIsNamedByItsNumber(String line) {
        assertEquals("line 3 is malformed", failure(signed("covers a.A\n" + line + "\n")));
    }

    @Test
    public void anUnknownRecord() {
        assertEquals("line 2 has an unknown record 'bogus'", failure(signed("bogus a.A\n")));
        assertEquals("line 2 has an unknown record 'Covers'", failure(signed("Covers a.A\n")));
        assertEquals("line 3 has an unknown record ''", failure(signed("covers a.A\n\ncovers b.B\n")));
    }

    @Test
    public void anUnknownOrMalformedConstant() {
        assertEquals("unknown constant type in 'q:1'",
                failure(signed("contribute a.S a.A X FIELD 24 int false q:1\n")));
        assertEquals("malformed constant 'i:one'", failure(signed("contribute a.S a.A X FIELD 24 int false i:one\n")));
        assertEquals("malformed constant 'one'", failure(signed("contribute a.S a.A X FIELD 24 int false one\n")));
        assertEquals("malformed constant 's:%zz'",
                failure(signed("contribute a.S a.A X FIELD 24 java.lang.String false s:%zz\n")));
    }

    @Test
    public void theFirstBadLineIsReported() {
        assertEquals("line 2 has an unknown record 'x'", failure(signed("x\nctor a.A\n")));
    }

    @Test
    public void theProcessorsIndexIsReadWhole() throws IndexFormatException {
        IndexFile index = IndexReader.read(AcmeLibrary.indexText(), WHERE);

        assertEquals(Set.copyOf(AcmeLibrary.CLASSES), index.covers());
        assertEquals(Set.of(WHERE), locations(index.content()));
        assertEquals(List.of("acme.Startup.init", "acme.Startup$Inner.inner", "acme.sub.Deep.deep"),
                index.content().ctors().stream().map(DeclaredMethod::displayName).toList());
    }

    /** The header, the lines, and their checksum. */
    public static String signed(String lines) {
        return signed(HEADER, lines);
    }

    private static String signed(String start, String lines) {
        String body = start + lines;
        return body + "checksum " + IndexCodec.checksum(body) + "\n";
    }

    private static String failure(String text) {
        return assertThrows(IndexFormatException.class, () -> IndexReader.read(text, WHERE)).getMessage();
    }

    private static Set<String> locations(Declarations content) {
        Set<String> locations = new HashSet<>();
        content.ctors().forEach(m -> locations.add(m.location()));
        content.dtors().forEach(m -> locations.add(m.location()));
        content.sections().forEach(s -> locations.add(s.location()));
        content.contributions().forEach(c -> locations.add(c.location()));
        return locations;
    }
}
