package dev.premain.shade;

import static dev.premain.shade.Indexes.ACME;
import static dev.premain.shade.Indexes.index;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;

/** The transformer as the shade drives it: which entries it takes, and what it writes. */
class PremainIndexTransformerTest {
    private static final String DIR = "META-INF/premain/index/";
    private static final long TIME = 1_700_000_000_000L;

    @Test
    void takesExactlyTheIndexEntries() {
        PremainIndexTransformer transformer = new PremainIndexTransformer();
        assertTrue(transformer.canTransformResource(DIR + "abc.idx"));
        assertFalse(transformer.canTransformResource(DIR + "abc.txt"));
        assertFalse(transformer.canTransformResource("META-INF/premain/abc.idx"));
        assertFalse(transformer.canTransformResource("com/acme/index.idx"));
        assertFalse(transformer.hasTransformedResource());
    }

    @Test
    void writesOneRelocatedEntryPerIndexWithItsOwnTime() throws IOException {
        PremainIndexTransformer transformer = new PremainIndexTransformer();
        process(transformer, "a.idx", index("covers com.acme.A"), TIME);
        process(transformer, "b.idx", index("covers org.B"), TIME + 2000);

        Map<String, String> entries = write(transformer);

        assertEquals(Map.of(DIR + "a.idx", index("covers shaded.com.acme.A"), DIR + "b.idx", index("covers org.B")),
                entries);
        assertEquals(List.of(TIME, TIME + 2000), times(transformer));
    }

    @Test
    void sameNamesFromTwoJarsAreKeptUnderDistinctNames() throws IOException {
        PremainIndexTransformer transformer = new PremainIndexTransformer();
        process(transformer, "lib.idx", index("covers com.acme.A"), TIME);
        process(transformer, "lib.idx", index("covers org.B"), TIME);
        process(transformer, "lib-2.idx", index("covers org.C"), TIME);
        process(transformer, "lib.idx", index("covers org.D"), TIME);

        assertEquals(List.of(DIR + "lib.idx", DIR + "lib-3.idx", DIR + "lib-2.idx", DIR + "lib-4.idx"),
                List.copyOf(write(transformer).keySet()));
        assertEquals(index("covers org.D"), write(transformer).get(DIR + "lib-4.idx"));
    }

    @Test
    void anExactCopyIsWrittenOnce() throws IOException {
        PremainIndexTransformer transformer = new PremainIndexTransformer();
        process(transformer, "lib.idx", index("covers com.acme.A"), TIME);
        process(transformer, "lib.idx", index("covers com.acme.A"), TIME);

        assertEquals(List.of(DIR + "lib.idx"), List.copyOf(write(transformer).keySet()));
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws IOException {
        assertArrayEquals(jar(twoIndexes()), jar(twoIndexes()));
    }

    private static PremainIndexTransformer twoIndexes() throws IOException {
        PremainIndexTransformer transformer = new PremainIndexTransformer();
        process(transformer, "lib.idx", index("covers com.acme.A", "covers com.acme.B"), TIME);
        process(transformer, "lib.idx", index("covers com.acme.C"), TIME);
        return transformer;
    }

    private static void process(PremainIndexTransformer transformer, String name, String text, long time)
            throws IOException {
        transformer.processResource(DIR + name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ACME,
                time);
    }

    private static byte[] jar(PremainIndexTransformer transformer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            transformer.modifyOutputStream(out);
        }
        return bytes.toByteArray();
    }

    private static Map<String, String> write(PremainIndexTransformer transformer) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar(transformer)))) {
            for (JarEntry entry; (entry = in.getNextJarEntry()) != null;) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static List<Long> times(PremainIndexTransformer transformer) throws IOException {
        List<Long> times = new ArrayList<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar(transformer)))) {
            for (JarEntry entry; (entry = in.getNextJarEntry()) != null;) {
                times.add(entry.getTime());
            }
        }
        return times;
    }
}
