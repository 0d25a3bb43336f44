package dev.premain.agent.internal.discovery.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The index format's values: constants by type letter, {@code -} for absent, the CRC-32 checksum. */
public class IndexCodecTest {

    @Test
    public void everyConstantTypeHasItsLetter() {
        assertEquals("s:hello", IndexCodec.encodeConstant("hello"));
        assertEquals("i:-42", IndexCodec.encodeConstant(-42));
        assertEquals("j:1099511627776", IndexCodec.encodeConstant(1L << 40));
        assertEquals("z:true", IndexCodec.encodeConstant(true));
        assertEquals("z:false", IndexCodec.encodeConstant(false));
        assertEquals("c:33", IndexCodec.encodeConstant('!'));
        assertEquals("b:-128", IndexCodec.encodeConstant((byte) -128));
        assertEquals("h:32767", IndexCodec.encodeConstant((short) 32767));
        assertEquals("f:1.5", IndexCodec.encodeConstant(1.5f));
        assertEquals("d:0.1", IndexCodec.encodeConstant(0.1d));
        assertEquals("-", IndexCodec.encodeConstant(null));
    }

    @Test
    public void stringsAreUrlEncodedSoTheyNeverHoldASpace() {
        assertEquals("s:hello%2C+world%21", IndexCodec.encodeConstant("hello, world!"));
        assertEquals("s:100%25+sure", IndexCodec.encodeConstant("100% sure"));
        assertEquals("s:line+one%0Aline+two%0D%09tab", IndexCodec.encodeConstant("line one\nline two\r\ttab"));
        assertEquals("s:caf%C3%A9+%E2%82%AC+%F0%9F%98%80", IndexCodec.encodeConstant("café € \uD83D\uDE00"));
        assertEquals("s:a%2Bb%3Dc+-+%3A", IndexCodec.encodeConstant("a+b=c - :"));
        assertEquals("s:", IndexCodec.encodeConstant(""));
        assertEquals("s:-", IndexCodec.encodeConstant("-"));
    }

    @Test
    public void everyConstantSurvivesARoundTrip() throws IndexFormatException {
        List<Object> values = List.of("hello, world!", "100% sure", "line one\nline two\r\n", "café € \uD83D\uDE00",
                "", "-", " ", "s:x", "a+b", Integer.MIN_VALUE, Integer.MAX_VALUE, 0, Long.MIN_VALUE, Long.MAX_VALUE,
                true, false, '\0', 'é', '\uFFFF', ' ', Byte.MIN_VALUE, Byte.MAX_VALUE, Short.MIN_VALUE,
                Short.MAX_VALUE, 1.5f, Float.MIN_VALUE, Float.MAX_VALUE, -0.0f, Float.NaN, Float.NEGATIVE_INFINITY,
                0.1d, Double.MIN_VALUE, Double.MAX_VALUE, -0.0d, Double.NaN, Double.POSITIVE_INFINITY, 1e300);
        for (Object value : values) {
            Object decoded = IndexCodec.decodeConstant(IndexCodec.encodeConstant(value));
            assertEquals(value, decoded, () -> "value " + value);
            assertEquals(value.getClass(), decoded.getClass(), () -> "type of " + value);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            s:a+b%20c%21  | a b c!
            i:007         | 7
            c:97          | a
            """)
    public void decodingAcceptsWhatTheJdkParsersAccept(String text, String expected) throws IndexFormatException {
        assertEquals(expected, String.valueOf(IndexCodec.decodeConstant(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            z:TRUE
            z:yes
            c:65601
            c:-1
            s:%zz
            """)
    public void booleansCharsAndEscapesAreStrict(String text) {
        IndexFormatException e = org.junit.jupiter.api.Assertions.assertThrows(IndexFormatException.class,
                () -> IndexCodec.decodeConstant(text));
        assertEquals("malformed constant '" + text + "'", e.getMessage());
    }

    @Test
    public void absentIsNull() throws IndexFormatException {
        assertNull(IndexCodec.decodeConstant("-"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "s", "i", "x", "--", "s-x", "i;1", "i:", "i:abc", "i:1.0", "i:2147483648",
            "j:1L", "c:x", "b:128", "h:32768", "f:one", "d:", "d:0x"})
    public void malformedConstants(String text) {
        IndexFormatException e = assertThrows(IndexFormatException.class, () -> IndexCodec.decodeConstant(text));
        assertEquals("malformed constant '" + text + "'", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"q:1", "S:x", "l:1", "-:1", "::"})
    public void unknownConstantTypes(String text) {
        IndexFormatException e = assertThrows(IndexFormatException.class, () -> IndexCodec.decodeConstant(text));
        assertEquals("unknown constant type in '" + text + "'", e.getMessage());
    }

    @Test
    public void orAbsentReplacesNullAndEmpty() {
        assertEquals("-", IndexCodec.orAbsent(null));
        assertEquals("-", IndexCodec.orAbsent(""));
        assertEquals("java.lang.String", IndexCodec.orAbsent("java.lang.String"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                 | 00000000
            a                  | e8b7be43
            123456789          | cbf43926
            x31                | 001685f0
            """)
    public void checksumIsCrc32AsEightLowercaseHexDigits(String text, String checksum) {
        assertEquals(checksum, IndexCodec.checksum(text));
    }

    @Test
    public void checksumIsOverTheUtf8Bytes() {
        assertEquals("0e048d3e", IndexCodec.checksum("é")); // the CRC-32 of C3 A9; of ISO-8859-1's E9 it is 0bd4b551
        assertEquals("9e8c089e", IndexCodec.checksum(IndexCodec.HEADER + "\n"));
    }
}
