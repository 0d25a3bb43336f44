package dev.premain.agent.internal.discovery;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Premain annotations of a class file's members, read straight from its bytes (JVMS §4): what
 * every record is checked against, without annotation proxies, which would cost tens of
 * milliseconds before main. Keys are {@code class}, {@code field NAME} and
 * {@code method NAME DESCRIPTOR}, present only for members that carry a Premain annotation; values
 * are annotation descriptors such as {@code Ldev/premain/Ctor;}, and for {@code @Contribute} also
 * {@code Ldev/premain/Contribute;=Lcom/acme/Commands;}, its value. Used by analysis to check what a
 * cache served, and by discovery to check a directory's indexes against what was recompiled there.
 *
 * <p>Why by hand over a byte array: this runs on hundreds of classes before main, in the
 * interpreter. It decodes no string it does not need: constant-pool entries are compared as bytes,
 * and only annotated members' names are decoded.
 */
public final class ClassFileAnnotations {
    /** The descriptor of {@code @Contribute}. */
    public static final String CONTRIBUTE = "Ldev/premain/Contribute;";
    private static final byte[] ANNOTATIONS_ATTRIBUTE = ascii("RuntimeVisibleAnnotations");
    private static final byte[] PREMAIN_PREFIX = ascii("Ldev/premain/");
    private static final byte[] VALUE = ascii("value");
    private static final byte OTHER = 0;
    private static final byte IS_ANNOTATIONS_ATTRIBUTE = 1;
    private static final byte IS_PREMAIN_TYPE = 2;

    private final byte[] bytes;
    private int position;
    private int[] utf8Start;
    private byte[] utf8Kind;
    private String[] decoded;

    private ClassFileAnnotations(byte[] classFile) {
        this.bytes = classFile;
    }

    /**
     * Reads a class file.
     *
     * @param classFile the bytes
     * @return the Premain annotations of the class and of each annotated member
     * @throws IOException if the bytes are not a well-formed class file
     */
    public static Map<String, Set<String>> of(byte[] classFile) throws IOException {
        try {
            return new ClassFileAnnotations(classFile).read();
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("truncated class file", e); // Why: hostile bytes must not escape as a crash.
        }
    }

    private Map<String, Set<String>> read() throws IOException {
        if (u4() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        position += 4; // minor and major version
        readConstantPool();
        position += 6; // access flags, this class, super class
        int interfaces = u2(); // Why a local: 'position += 2 * u2()' would add to the value read before u2 moved it.
        position += 2 * interfaces;
        Map<String, Set<String>> found = new HashMap<>();
        members(true, found);
        members(false, found);
        Set<String> onClass = attributes();
        if (onClass != null) {
            found.put("class", onClass);
        }
        return found;
    }

    private void readConstantPool() throws IOException {
        int count = u2();
        utf8Start = new int[count];
        utf8Kind = new byte[count];
        decoded = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = bytes[position++] & 0xFF;
            switch (tag) {
                case 1 -> {
                    int length = u2();
                    utf8Start[i] = position;
                    utf8Kind[i] = kind(position, length);
                    position += length;
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> position += 4;
                case 5, 6 -> {
                    position += 8;
                    i++; // Why: a long or double takes two constant-pool slots.
                }
                case 7, 8, 16, 19, 20 -> position += 2;
                case 15 -> position += 3;
                default -> throw new IOException("unknown constant-pool tag " + tag);
            }
        }
    }

    private byte kind(int start, int length) {
        if (equal(start, length, ANNOTATIONS_ATTRIBUTE)) {
            return IS_ANNOTATIONS_ATTRIBUTE;
        }
        if (length <= PREMAIN_PREFIX.length) {
            return OTHER;
        }
        return equal(start, PREMAIN_PREFIX.length, PREMAIN_PREFIX) ? IS_PREMAIN_TYPE : OTHER;
    }

    private boolean equal(int start, int length, byte[] expected) {
        if (length != expected.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[start + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private void members(boolean fields, Map<String, Set<String>> found) throws IOException {
        int count = u2();
        for (int i = 0; i < count; i++) {
            position += 2; // access flags
            int name = u2();
            int descriptor = u2();
            Set<String> annotations = attributes();
            if (annotations != null) {
                found.put(fields ? "field " + utf8(name) : "method " + utf8(name) + " " + utf8(descriptor),
                        annotations);
            }
        }
    }

    /** The Premain annotations among the attributes that follow, or {@code null} if none. */
    private Set<String> attributes() throws IOException {
        Set<String> annotations = null;
        int count = u2();
        for (int i = 0; i < count; i++) {
            int name = u2();
            int length = u4();
            int end = position + length;
            if (length < 0 || end > bytes.length) {
                throw new IOException("truncated attribute"); // Why: a skip past the end reads nothing to fail on.
            }
            if (kindOf(name) == IS_ANNOTATIONS_ATTRIBUTE) {
                int annotationCount = u2();
                for (int a = 0; a < annotationCount; a++) {
                    annotations = annotation(annotations, true);
                }
            }
            position = end;
        }
        return annotations;
    }

    private Set<String> annotation(Set<String> into, boolean record) throws IOException {
        int type = u2();
        boolean premain = record && kindOf(type) == IS_PREMAIN_TYPE;
        boolean contribute = false;
        if (premain) {
            into = into == null ? new HashSet<>() : into;
            into.add(utf8(type));
            contribute = utf8(type).equals(CONTRIBUTE);
        }
        int pairs = u2();
        for (int p = 0; p < pairs; p++) {
            int element = u2();
            String classValue = elementValue();
            if (contribute && classValue != null && equal(start(element), length(element), VALUE)) {
                into.add(CONTRIBUTE + "=" + classValue);
            }
        }
        return into;
    }

    /** Skips one element value; returns it when it is a class literal. */
    private String elementValue() throws IOException {
        int tag = bytes[position++] & 0xFF;
        switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's' -> position += 2;
            case 'e' -> position += 4;
            case 'c' -> {
                return utf8(u2());
            }
            case '@' -> annotation(null, false);
            case '[' -> {
                int values = u2();
                for (int v = 0; v < values; v++) {
                    elementValue();
                }
            }
            default -> throw new IOException("unknown element value tag " + tag);
        }
        return null;
    }

    private byte kindOf(int index) throws IOException {
        start(index);
        return utf8Kind[index];
    }

    private int start(int index) throws IOException {
        if (index <= 0 || index >= utf8Start.length || utf8Start[index] == 0) {
            throw new IOException("bad constant-pool index " + index);
        }
        return utf8Start[index];
    }

    private int length(int index) {
        int start = utf8Start[index];
        return (bytes[start - 2] & 0xFF) << 8 | bytes[start - 1] & 0xFF;
    }

    private String utf8(int index) throws IOException {
        int start = start(index);
        String text = decoded[index];
        if (text == null) {
            int length = length(index);
            text = ascii(start, length) ? new String(bytes, start, length, StandardCharsets.ISO_8859_1)
                    : modifiedUtf8(start, length);
            decoded[index] = text;
        }
        return text;
    }

    private boolean ascii(int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (bytes[i] <= 0) {
                return false; // Why: modified UTF-8 writes NUL as two bytes, so a zero byte is malformed too.
            }
        }
        return true;
    }

    private String modifiedUtf8(int start, int length) throws IOException {
        byte[] entry = new byte[length + 2];
        System.arraycopy(bytes, start - 2, entry, 0, length + 2);
        // Why DataInputStream: class files use modified UTF-8, which no Charset decodes.
        return new DataInputStream(new ByteArrayInputStream(entry)).readUTF();
    }

    private int u2() {
        int value = (bytes[position] & 0xFF) << 8 | bytes[position + 1] & 0xFF;
        position += 2;
        return value;
    }

    private int u4() {
        int value = u2() << 16;
        return value | u2();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
