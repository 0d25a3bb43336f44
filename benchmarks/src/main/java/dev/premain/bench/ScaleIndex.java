package dev.premain.bench;

import dev.premain.testing.ScaleClasses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The Premain index of a scale fixture, in the processor's format (docs/INDEX-FORMAT.md): what the
 * annotation processor would write had javac compiled the generated classes.
 */
final class ScaleIndex {
    private final List<String> covers = new ArrayList<>(List.of("scale.Big"));
    private final List<String> ctors = new ArrayList<>();
    private final List<String> contributions = new ArrayList<>();

    void items(int index, int fields, int perClass) {
        String name = "scale.items.Items" + index;
        covers.add(name);
        for (int f = 0; f < fields; f++) {
            contributions.add("contribute scale.Big " + name + " F" + f + " FIELD 24 int false i:" + (index * perClass + f));
        }
    }

    void ctors(int index, int count) {
        String name = "scale.ctors.Ctors" + index;
        covers.add(name);
        for (int m = 0; m < count; m++) {
            ctors.add("ctor " + name + " " + ScaleClasses.ctorName(m) + " ()V 8 " + (m % 7) + " -");
        }
    }

    String text() {
        StringBuilder text = new StringBuilder("premain-index 1\n");
        Collections.sort(covers);
        Collections.sort(ctors);
        List<String> records = new ArrayList<>(contributions);
        records.add("section scale.Big ALL 25 dev.premain.SortedSection java.lang.Integer");
        Collections.sort(records);
        for (String name : covers) {
            text.append("covers ").append(name).append('\n');
        }
        for (String line : ctors) {
            text.append(line).append('\n');
        }
        for (String line : records) {
            text.append(line).append('\n');
        }
        CRC32 crc = new CRC32();
        crc.update(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String hex = Long.toHexString(crc.getValue());
        return text.append("checksum ").append("00000000".substring(hex.length())).append(hex).append('\n').toString();
    }
}
