package dev.premain.shade;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.maven.plugins.shade.relocation.Relocator;
import org.apache.maven.plugins.shade.relocation.SimpleRelocator;

/** Test inputs: index files written by hand, with the checksum computed here, independently of the code under test. */
final class Indexes {
    static final List<Relocator> ACME = List.of(new SimpleRelocator("com.acme", "shaded.com.acme", null, null));

    private Indexes() {
    }

    /** The header, these lines as given, and their checksum line. */
    static String index(String... records) {
        StringBuilder text = new StringBuilder("premain-index 1\n");
        for (String record : records) {
            text.append(record).append('\n');
        }
        CRC32 crc = new CRC32();
        crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return text.append(String.format("checksum %08x%n", crc.getValue()).replace(System.lineSeparator(), "\n"))
                .toString();
    }
}
