package dev.premain.processor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * The index of one compilation, as docs/INDEX-FORMAT.md defines it: records collected over every
 * round, rendered sorted so the same sources always give the same bytes.
 */
final class CompilationIndex {
    static final String HEADER = "premain-index 1";
    private static final String ABSENT = "-";

    private final Set<String> covers = new TreeSet<>();
    private final Set<String> ctors = new TreeSet<>();
    private final Set<String> dtors = new TreeSet<>();
    private final Set<String> sections = new TreeSet<>();
    private final Set<String> contributions = new TreeSet<>();

    void cover(String className) {
        covers.add(className);
    }

    void ctor(String className, String method, String descriptor, int modifiers, int priority, List<String> after) {
        ctors.add(record("ctor", className, method, descriptor, modifiers, priority, after));
    }

    void dtor(String className, String method, String descriptor, int modifiers, int priority, List<String> after) {
        dtors.add(record("dtor", className, method, descriptor, modifiers, priority, after));
    }

    void section(String holder, String field, int modifiers, String sectionType, String elementType) {
        sections.add(String.join(" ", "section", holder, field, Integer.toString(modifiers), sectionType,
                orAbsent(elementType)));
    }

    void contribute(Contribution item) {
        contributions.add(String.join(" ", "contribute", item.section(), item.className(), orAbsent(item.member()),
                item.kind(), Integer.toString(item.modifiers()), item.type(), Boolean.toString(item.hasParameters()),
                constant(item.constant())));
    }

    /**
     * The default file ID: the first 16 hex digits of the SHA-256 of the sorted, newline-joined
     * {@code covers} names.
     */
    String defaultId() {
        return sha256(String.join("\n", covers)).substring(0, 16);
    }

    /** The whole index file, checksum line included. */
    String text() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (String className : covers) {
            text.append("covers ").append(className).append('\n');
        }
        for (Set<String> group : List.of(ctors, dtors, sections, contributions)) {
            for (String line : group) {
                text.append(line).append('\n');
            }
        }
        String checksum = checksum(text.toString());
        return text.append("checksum ").append(checksum).append('\n').toString();
    }

    private static String record(String kind, String className, String method, String descriptor, int modifiers,
            int priority, List<String> after) {
        return String.join(" ", kind, className, method, descriptor, Integer.toString(modifiers),
                Integer.toString(priority), after.isEmpty() ? ABSENT : String.join(",", after));
    }

    /** A constant as a type letter, {@code :} and the value; {@code -} for none. */
    static String constant(Object value) {
        if (value == null) {
            return ABSENT;
        }
        if (value instanceof String string) {
            return "s:" + URLEncoder.encode(string, StandardCharsets.UTF_8);
        }
        if (value instanceof Character character) {
            return "c:" + (int) character;
        }
        return letter(value) + ":" + value;
    }

    private static String letter(Object value) {
        if (value instanceof Integer) {
            return "i";
        } else if (value instanceof Long) {
            return "j";
        } else if (value instanceof Boolean) {
            return "z";
        } else if (value instanceof Byte) {
            return "b";
        } else if (value instanceof Short) {
            return "h";
        } else if (value instanceof Float) {
            return "f";
        } else if (value instanceof Double) {
            return "d";
        }
        throw new IllegalArgumentException("Internal error: constant of " + value.getClass() + ", please report.");
    }

    private static String orAbsent(String value) {
        return value == null ? ABSENT : value;
    }

    /** CRC-32 of the UTF-8 bytes as exactly 8 lowercase hex digits. */
    static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Internal error: this JDK has no SHA-256, please report.", e);
        }
    }
}
