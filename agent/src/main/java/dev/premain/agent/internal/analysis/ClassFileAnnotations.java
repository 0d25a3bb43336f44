package dev.premain.agent.internal.analysis;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The runtime-visible annotations of a class file's members, read straight from its bytes (JVMS
 * §4): what a cached record is checked against without loading annotation proxies, which would cost
 * tens of milliseconds before main. Keys are {@code class}, {@code field NAME} and
 * {@code method NAME DESCRIPTOR}; values are annotation descriptors such as {@code Ldev/premain/Ctor;},
 * and for {@code @Contribute} also {@code Ldev/premain/Contribute;=Lcom/acme/Commands;}, its value.
 */
final class ClassFileAnnotations {
    static final String CONTRIBUTE = "Ldev/premain/Contribute;";

    private final DataInputStream in;
    private String[] utf8;

    private ClassFileAnnotations(byte[] classFile) {
        this.in = new DataInputStream(new ByteArrayInputStream(classFile));
    }

    /**
     * Reads a class file.
     *
     * @param classFile the bytes
     * @return the annotations of the class and of each member
     * @throws IOException if the bytes are not a well-formed class file
     */
    static Map<String, Set<String>> of(byte[] classFile) throws IOException {
        return new ClassFileAnnotations(classFile).read();
    }

    private Map<String, Set<String>> read() throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readInt(); // minor and major version
        readConstantPool();
        in.skipBytes(6); // access flags, this class, super class
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        Map<String, Set<String>> found = new HashMap<>();
        members("field ", found);
        members("method ", found);
        found.put("class", attributes());
        return found;
    }

    private void readConstantPool() throws IOException {
        int count = in.readUnsignedShort();
        utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // Why: a long or double takes two constant-pool slots.
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                default -> throw new IOException("unknown constant-pool tag " + tag);
            }
        }
    }

    private void members(String kind, Map<String, Set<String>> found) throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            in.skipBytes(2); // access flags
            String name = utf8(in.readUnsignedShort());
            String descriptor = utf8(in.readUnsignedShort());
            String key = kind.equals("field ") ? kind + name : kind + name + " " + descriptor;
            found.put(key, attributes());
        }
    }

    /** The annotations among the attributes that follow; every other attribute is skipped. */
    private Set<String> attributes() throws IOException {
        Set<String> annotations = new HashSet<>();
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            String name = utf8(in.readUnsignedShort());
            int length = in.readInt();
            if (name.equals("RuntimeVisibleAnnotations")) {
                int annotationCount = in.readUnsignedShort();
                for (int a = 0; a < annotationCount; a++) {
                    annotation(annotations);
                }
            } else {
                in.skipBytes(length);
            }
        }
        return annotations;
    }

    private void annotation(Set<String> into) throws IOException {
        String type = utf8(in.readUnsignedShort());
        if (into != null) {
            into.add(type);
        }
        int pairs = in.readUnsignedShort();
        for (int p = 0; p < pairs; p++) {
            String element = utf8(in.readUnsignedShort());
            String classValue = elementValue();
            if (into != null && type.equals(CONTRIBUTE) && element.equals("value") && classValue != null) {
                into.add(CONTRIBUTE + "=" + classValue);
            }
        }
    }

    /** Skips one element value; returns it when it is a class literal. */
    private String elementValue() throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's' -> in.skipBytes(2);
            case 'e' -> in.skipBytes(4);
            case 'c' -> {
                return utf8(in.readUnsignedShort());
            }
            case '@' -> annotation(null);
            case '[' -> {
                int values = in.readUnsignedShort();
                for (int v = 0; v < values; v++) {
                    elementValue();
                }
            }
            default -> throw new IOException("unknown element value tag " + tag);
        }
        return null;
    }

    private String utf8(int index) throws IOException {
        if (index <= 0 || index >= utf8.length || utf8[index] == null) {
            throw new IOException("bad constant-pool index " + index);
        }
        return utf8[index];
    }
}
