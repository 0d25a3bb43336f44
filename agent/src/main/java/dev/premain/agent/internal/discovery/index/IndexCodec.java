package dev.premain.agent.internal.discovery.index;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Encodes and decodes the index format's values: constants, absent fields, the checksum. */
public final class IndexCodec {
    public static final String HEADER = "premain-index 1";
    public static final String ABSENT = "-";

    private IndexCodec() {
    }

    public static Object decodeConstant(String text) throws IndexFormatException {
        if (text.equals(ABSENT)) {
            return null;
        }
        if (text.length() < 2 || text.charAt(1) != ':') {
            throw new IndexFormatException("malformed constant '" + text + "'");
        }
        String value = text.substring(2);
        try {
            switch (text.charAt(0)) {
                case 's': return decodeString(text, value);
                case 'i': return Integer.valueOf(value);
                case 'j': return Long.valueOf(value);
                case 'z': return parseBoolean(text, value);
                case 'c': return parseChar(text, value);
                case 'b': return Byte.valueOf(value);
                case 'h': return Short.valueOf(value);
                case 'f': return Float.valueOf(value);
                case 'd': return Double.valueOf(value);
                default: throw new IndexFormatException("unknown constant type in '" + text + "'");
            }
        } catch (NumberFormatException e) {
            throw new IndexFormatException("malformed constant '" + text + "'");
        }
    }

    private static String decodeString(String text, String value) throws IndexFormatException {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IndexFormatException("malformed constant '" + text + "'");
        }
    }

    private static Boolean parseBoolean(String text, String value) throws IndexFormatException {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IndexFormatException("malformed constant '" + text + "'");
        }
        return Boolean.valueOf(value);
    }

    private static Character parseChar(String text, String value) throws IndexFormatException {
        int code = Integer.parseInt(value);
        if (code < Character.MIN_VALUE || code > Character.MAX_VALUE) {
            throw new IndexFormatException("malformed constant '" + text + "'");
        }
        return (char) code;
    }

    public static String encodeConstant(Object value) {
        if (value == null) {
            return ABSENT;
        }
        if (value instanceof String s) {
            return "s:" + URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
        if (value instanceof Character c) {
            return "c:" + (int) c;
        }
        String letter = value instanceof Integer ? "i" : value instanceof Long ? "j" : value instanceof Boolean ? "z"
                : value instanceof Byte ? "b" : value instanceof Short ? "h" : value instanceof Float ? "f" : "d";
        return letter + ":" + value;
    }

    public static String orAbsent(String value) {
        return value == null || value.isEmpty() ? ABSENT : value;
    }

    /** The index checksum: CRC-32 as 8 lowercase hex digits (SHA-256 would cost ~50 ms to initialize). */
    public static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        String hex = Long.toHexString(crc.getValue());
        return "00000000".substring(hex.length()) + hex;
    }
}
