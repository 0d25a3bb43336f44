package dev.premain.agent.internal.discovery.index;

import dev.premain.agent.internal.model.MemberKind;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parses the index format (docs/INDEX-FORMAT.md) and verifies its checksum. */
public final class IndexReader {
    private final String location;
    private String[] previous = new String[0];
    private final Set<String> covers = new HashSet<>();
    private final List<DeclaredMethod> ctors = new ArrayList<>();
    private final List<DeclaredMethod> dtors = new ArrayList<>();
    private final List<DeclaredSection> sections = new ArrayList<>();
    private final List<DeclaredContribution> contributions = new ArrayList<>();

    /** @param location the jar or directory the index describes, recorded in every entry */
    private IndexReader(String location) {
        this.location = location;
    }

    public static IndexFile read(String text, String location) throws IndexFormatException {
        return new IndexReader(location).parse(text);
    }

    private IndexFile parse(String text) throws IndexFormatException {
        int checksumAt = text.lastIndexOf("checksum ");
        if (text.indexOf('\r') >= 0) {
            // Why first: a CRLF file starts with "premain-index 1\r", which the header check would misname.
            throw new IndexFormatException("its lines end with CR LF, as when a tool converted its line ends; the"
                    + " format uses LF only");
        }
        if (!text.startsWith(IndexCodec.HEADER + "\n")) {
            throw new IndexFormatException("it does not start with '" + IndexCodec.HEADER + "'");
        }
        String content = checksumAt < 0 ? "" : text.substring(0, checksumAt);
        if (checksumAt < 0 || (checksumAt > 0 && text.charAt(checksumAt - 1) != '\n')
                || !text.substring(checksumAt + "checksum ".length()).strip().equals(IndexCodec.checksum(content))) {
            throw new IndexFormatException("its checksum does not match its content");
        }
        String[] lines = content.split("\n");
        if (!sortedByKind(lines)) {
            Set<String> seen = new HashSet<>();
            for (int i = 1; i < lines.length; i++) {
                if (!seen.add(lines[i])) { // Why: the processor writes each record once; a repeat would run a ctor twice.
                    throw new IndexFormatException("line " + (i + 1) + " repeats line " + (firstOf(lines, lines[i]) + 1));
                }
            }
        }
        for (int i = 1; i < lines.length; i++) {
            parseLine(lines[i], i + 1);
        }
        checkCovered();
        return new IndexFile(Set.copyOf(covers), new Declarations(ctors, dtors, sections, contributions));
    }

    /**
     * Whether each kind's lines (the first word) strictly increase, as the processor writes them: then
     * no line can repeat another, and the set of every line a million-item index would need is not built.
     */
    private static boolean sortedByKind(String[] lines) {
        java.util.Map<String, String> last = new java.util.HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int space = lines[i].indexOf(' ');
            String kind = space < 0 ? lines[i] : lines[i].substring(0, space);
            String previous = last.put(kind, lines[i]);
            if (previous != null && previous.compareTo(lines[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static int firstOf(String[] lines, String line) {
        int i = 1;
        while (!lines[i].equals(line)) {
            i++;
        }
        return i;
    }

    /** An index speaks only for the classes it covers, which must be in its own jar or directory. */
    private void checkCovered() throws IndexFormatException {
        for (DeclaredMethod ctor : ctors) {
            covered("ctor", ctor.className());
        }
        for (DeclaredMethod dtor : dtors) {
            covered("dtor", dtor.className());
        }
        for (DeclaredSection section : sections) {
            covered("section", section.holder());
        }
        for (DeclaredContribution contribution : contributions) {
            covered("contribute", contribution.className());
        }
    }

    private void covered(String record, String className) throws IndexFormatException {
        if (!covers.contains(className)) {
            throw new IndexFormatException("a '" + record + "' record names class '" + className + "', which the"
                    + " index does not cover: an index may only describe the classes of its own jar or directory");
        }
    }

    private void parseLine(String line, int number) throws IndexFormatException {
        String[] f = fields(line);
        try {
            switch (f[0]) {
                case "covers" -> covers.add(field(f, 1, 2));
                case "ctor" -> ctors.add(method(f));
                case "dtor" -> dtors.add(method(f));
                case "section" -> sections.add(new DeclaredSection(field(f, 1, 6), f[2], Integer.parseInt(f[3]), f[4],
                        absentToNull(f[5]), location));
                case "contribute" -> contributions.add(contribution(f));
                default -> throw new IndexFormatException("line " + number + " has an unknown record '" + f[0] + "'");
            }
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IndexFormatException("line " + number + " is malformed");
        }
    }

    /**
     * The line's space-separated fields. Why by hand, and why the previous line's strings are reused
     * where a field is unchanged: a million-item index has a million sorted lines that mostly repeat
     * their neighbour's section, class, kind and type, and allocating those strings again dominated
     * the read.
     */
    private String[] fields(String line) {
        int count = 1;
        for (int i = line.indexOf(' '); i >= 0; i = line.indexOf(' ', i + 1)) {
            count++;
        }
        String[] fields = new String[count];
        int start = 0;
        for (int k = 0; k < count; k++) {
            int end = k == count - 1 ? line.length() : line.indexOf(' ', start);
            String before = k < previous.length ? previous[k] : null;
            fields[k] = before != null && before.length() == end - start && line.startsWith(before, start) ? before
                    : line.substring(start, end);
            start = end + 1;
        }
        previous = fields;
        return fields;
    }

    private DeclaredMethod method(String[] f) throws IndexFormatException {
        field(f, 1, 7);
        List<String> after = f[6].equals(IndexCodec.ABSENT) ? List.of() : Arrays.asList(f[6].split(","));
        return new DeclaredMethod(f[1], f[2], f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5]), after, location);
    }

    private DeclaredContribution contribution(String[] f) throws IndexFormatException {
        field(f, 1, 9);
        return new DeclaredContribution(f[1], f[2], absentToNull(f[3]), MemberKind.valueOf(f[4]),
                Integer.parseInt(f[5]), f[6], Boolean.parseBoolean(f[7]), IndexCodec.decodeConstant(f[8]), location);
    }

    /** Field {@code index} of a record that must have exactly {@code count} fields. */
    private static String field(String[] f, int index, int count) throws IndexFormatException {
        if (f.length != count) {
            throw new IndexFormatException("a '" + f[0] + "' record has " + f.length
                    + (f.length == 1 ? " field" : " fields") + ", not " + count);
        }
        return f[index];
    }

    private static String absentToNull(String value) {
        return value.equals(IndexCodec.ABSENT) ? null : value;
    }
}
