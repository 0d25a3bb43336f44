package dev.premain.shade;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.maven.plugins.shade.relocation.Relocator;
import org.apache.maven.plugins.shade.resource.ReproducibleResourceTransformer;

/**
 * A maven-shade-plugin resource transformer that relocates the class names in Premain indexes
 * ({@code META-INF/premain/index/*.idx}), so a shaded jar with {@code <relocations>} keeps indexes
 * that match its classes.
 *
 * <p>Configure it next to the relocations:
 * <pre>{@code
 * <transformer implementation="dev.premain.shade.PremainIndexTransformer"/>
 * }</pre>
 * with {@code dev.premain:premain-shade-transformer} as a dependency of the plugin.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>Every class name in every record is renamed as the shade renames the class itself; constant
 *       values are left as they are.</li>
 *   <li>Each output file is byte for byte what the annotation processor would have written for the
 *       relocated classes: records re-sorted, checksum recomputed.</li>
 *   <li>One output file per input index, under the input's name; when two jars bring an index of
 *       the same name, the later one is written as {@code ID-2.idx} (then {@code -3}, ...), and an
 *       exact copy of one already written is dropped.</li>
 *   <li>Deterministic: output depends only on the input indexes, their order, their entry times and
 *       the relocations.</li>
 *   <li>A malformed index (wrong header, line ends, checksum, record kind or field count) fails the
 *       shade with a message naming the entry; the shade adds the jar.</li>
 * </ul>
 * Not thread-safe; the shade uses one instance per execution, from one thread.
 *
 * @since 0.1
 */
public final class PremainIndexTransformer implements ReproducibleResourceTransformer {
    private static final String DIRECTORY = "META-INF/premain/index/";
    private static final String SUFFIX = ".idx";

    private final List<IndexEntry> indexes = new ArrayList<>();

    /** Creates the transformer; the shade plugin does this from the {@code implementation} attribute. */
    public PremainIndexTransformer() {
        // Nothing to configure: the relocations come with each resource.
    }

    /**
     * Whether this is a Premain index entry.
     *
     * @param resource the entry name in the shaded jar
     * @return {@code true} for {@code META-INF/premain/index/*.idx}, the entries the agent reads
     */
    @Override
    public boolean canTransformResource(String resource) {
        return resource.startsWith(DIRECTORY) && resource.endsWith(SUFFIX);
    }

    /**
     * Reads one index and relocates it.
     *
     * @param resource the entry name
     * @param is the entry's content, left open
     * @param relocators the shade's relocations, first match wins
     * @param time the input entry's time, used for the output entry
     * @throws IOException if the index is malformed or cannot be read
     */
    @Override
    public void processResource(String resource, InputStream is, List<Relocator> relocators, long time)
            throws IOException {
        String text = new String(is.readAllBytes(), StandardCharsets.UTF_8);
        indexes.add(new IndexEntry(resource, new IndexRelocator(relocators).relocate(resource, text), time));
    }

    /**
     * Reads one index and relocates it, with entry time 0; only shade versions before 3.2.4 call this.
     *
     * @param resource the entry name
     * @param is the entry's content, left open
     * @param relocators the shade's relocations, first match wins
     * @throws IOException if the index is malformed or cannot be read
     * @deprecated the shade calls {@link #processResource(String, InputStream, List, long)}
     */
    @Deprecated
    @Override
    public void processResource(String resource, InputStream is, List<Relocator> relocators) throws IOException {
        processResource(resource, is, relocators, 0L);
    }

    /**
     * Whether any index was read.
     *
     * @return {@code true} if {@link #modifyOutputStream} has entries to write
     */
    @Override
    public boolean hasTransformedResource() {
        return !indexes.isEmpty();
    }

    /**
     * Writes the relocated indexes, in the order they were read, each under a distinct name.
     *
     * @param os the shaded jar, left open
     * @throws IOException if writing fails
     */
    @Override
    public void modifyOutputStream(JarOutputStream os) throws IOException {
        for (IndexEntry index : EntryNames.assign(indexes)) {
            JarEntry entry = new JarEntry(index.name());
            entry.setTime(index.time()); // Why the input's time: reproducible builds stamp every entry alike.
            os.putNextEntry(entry);
            os.write(index.text().getBytes(StandardCharsets.UTF_8));
            os.closeEntry();
        }
    }
}
