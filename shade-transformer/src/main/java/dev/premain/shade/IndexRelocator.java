package dev.premain.shade;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.maven.plugins.shade.relocation.Relocator;

/** Relocates the class names in an index, record by record and field by field, leaving every other field as it is. */
final class IndexRelocator {
    /** Fields per record kind, the kind included. */
    private static final Map<String, Integer> FIELDS = Map.of("covers", 2, "ctor", 7, "dtor", 7, "section", 6,
            "contribute", 9);

    private final ClassNames names;

    IndexRelocator(List<Relocator> relocators) {
        this.names = new ClassNames(relocators);
    }

    /**
     * The index file with every class name relocated, re-sorted and with a new checksum: the bytes the
     * processor would have written for the relocated classes.
     *
     * @param resource the entry name, for messages
     * @throws IOException if the index is malformed, or relocation would give two records one text
     */
    String relocate(String resource, String text) throws IOException {
        List<String> records = IndexText.records(resource, text);
        TreeSet<String> relocated = new TreeSet<>();
        for (int i = 0; i < records.size(); i++) {
            String record = relocate(resource, records.get(i), i + 2);
            if (!relocated.add(record)) {
                // Why an error: writing the record once would silently drop a ctor or contribution.
                throw new IOException("Premain index '" + resource + "' cannot be relocated: the relocations give"
                        + " two of its records the text '" + record + "'. The shaded jar is not written. Change the"
                        + " relocations so that no two classes get the same name.");
            }
        }
        return IndexText.text(relocated);
    }

    /**
     * One record with its class names relocated.
     *
     * @param line the record's 1-based line number in the file, for the message
     * @throws MalformedIndexException if the kind is unknown or the field count wrong
     */
    private String relocate(String resource, String record, int line) throws MalformedIndexException {
        String[] f = record.split(" ", -1);
        Integer count = FIELDS.get(f[0]);
        if (count == null) {
            throw new MalformedIndexException(resource, "line " + line + " has an unknown record '" + f[0] + "'");
        }
        if (f.length != count) {
            throw new MalformedIndexException(resource, "line " + line + " is a '" + f[0] + "' record with "
                    + f.length + " fields, not " + count);
        }
        switch (f[0]) {
            case "covers" -> f[1] = names.binaryName(f[1]);
            case "ctor", "dtor" -> method(f);
            case "section" -> section(f);
            default -> contribution(f);
        }
        return String.join(" ", f);
    }

    /** {@code ctor|dtor <class> <method> <descriptor> <modifiers> <priority> <after>}. */
    private void method(String[] f) {
        f[1] = names.binaryName(f[1]);
        f[3] = names.descriptor(f[3]);
        f[6] = names.list(f[6]);
    }

    /** {@code section <holder> <field> <modifiers> <sectionType> <elementType>}. */
    private void section(String[] f) {
        f[1] = names.binaryName(f[1]);
        f[4] = names.type(f[4]);
        f[5] = names.binaryNameOrAbsent(f[5]);
    }

    /**
     * {@code contribute <section> <class> <member> <kind> <modifiers> <type> <hasParameters> <constant>}.
     * Why the constant stays: it is a value ({@code s:com.acme.X} is a string), not a class reference.
     * (Non-guarantee: the shade itself rewrites a string constant that is exactly a relocatable class
     * name in the class file; such a constant then differs between the class and its index.)
     */
    private void contribution(String[] f) {
        f[1] = names.binaryName(f[1]);
        f[2] = names.binaryName(f[2]);
        f[6] = names.type(f[6]);
    }
}
