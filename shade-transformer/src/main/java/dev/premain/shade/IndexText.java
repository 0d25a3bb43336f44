package dev.premain.shade;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.CRC32;

/** The text of one index file: checked and split into records, and written back in the format's order. */
final class IndexText {
    static final String HEADER = "premain-index 1";
    static final List<String> KINDS = List.of("covers", "ctor", "dtor", "section", "contribute");
    private static final String CHECKSUM = "checksum ";

    private IndexText() {
    }

    /**
     * The records between the header and the checksum line, in file order.
     *
     * @throws MalformedIndexException if the header, line ends or checksum are wrong, or a line repeats
     */
    static List<String> records(String resource, String text) throws MalformedIndexException {
        if (text.indexOf('\r') >= 0) {
            // Why first: a CR LF file starts with "premain-index 1\r", which the header check would misname.
            throw new MalformedIndexException(resource, "its lines end with CR LF; the format uses LF only");
        }
        if (!text.startsWith(HEADER + "\n")) {
            throw new MalformedIndexException(resource, "it does not start with '" + HEADER + "'");
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        int checksumAt = body.lastIndexOf('\n') + 1;
        String content = text.substring(0, checksumAt);
        if (!body.startsWith(CHECKSUM, checksumAt) || !body.substring(checksumAt + CHECKSUM.length())
                .equals(checksum(content))) {
            throw new MalformedIndexException(resource, "its checksum does not match its content");
        }
        return distinct(resource, content.substring(HEADER.length() + 1).lines().toList());
    }

    private static List<String> distinct(String resource, List<String> records) throws MalformedIndexException {
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Integer first = firstLine.putIfAbsent(records.get(i), i + 2); // Why +2: 1-based, after the header.
            if (first != null) {
                throw new MalformedIndexException(resource, "line " + (i + 2) + " repeats line " + first);
            }
        }
        return records;
    }

    /**
     * The whole file for these records, as the processor writes it: header, each kind's records sorted
     * as text in the order {@link #KINDS}, and the checksum line.
     */
    static String text(Collection<String> records) {
        List<TreeSet<String>> groups = new ArrayList<>();
        for (int i = 0; i < KINDS.size(); i++) {
            groups.add(new TreeSet<>());
        }
        for (String record : records) {
            groups.get(KINDS.indexOf(kind(record))).add(record);
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (TreeSet<String> group : groups) {
            group.forEach(record -> text.append(record).append('\n'));
        }
        String checksum = checksum(text.toString());
        return text.append(CHECKSUM).append(checksum).append('\n').toString();
    }

    private static String kind(String record) {
        int space = record.indexOf(' ');
        return space < 0 ? record : record.substring(0, space);
    }

    /** CRC-32 of the UTF-8 bytes, as exactly 8 lowercase hex digits. */
    static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }
}
