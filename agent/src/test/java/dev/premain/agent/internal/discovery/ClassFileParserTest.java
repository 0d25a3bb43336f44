package dev.premain.agent.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.premain.agent.internal.Archives;
import dev.premain.agent.internal.TestJavac;
import dev.premain.agent.internal.discovery.index.IndexReader;
import dev.premain.agent.internal.model.Declarations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ASM parse of a class file says exactly what Premain's processor says about the same source:
 * every annotation, member shape, generic element type and constant kind, compared record by record
 * with the index the processor wrote for the same compilation.
 */
public class ClassFileParserTest {
    private static final String LOCATION = "/app/zoo.jar";

    @TempDir
    public Path work;

    private static Map<String, String> zoo() {
        Map<String, String> sources = new LinkedHashMap<>();
        section(sources, "Tasks", "ImmutableSection<Runnable>", "ImmutableSection.of(Runnable.class)");
        section(sources, "Words", "SortedSection<String>", "SortedSection.of(String.class)");
        section(sources, "Entries", "MutableSection<java.util.Map.Entry>", "MutableSection.of(java.util.Map.Entry.class)");
        section(sources, "Ints", "ImmutableSection<Integer>", "ImmutableSection.of(Integer.class)");
        section(sources, "Longs", "ImmutableSection<Long>", "ImmutableSection.of(Long.class)");
        section(sources, "Chars", "ImmutableSection<Character>", "ImmutableSection.of(Character.class)");
        section(sources, "Flags", "ImmutableSection<Boolean>", "ImmutableSection.of(Boolean.class)");
        section(sources, "Doubles", "ImmutableSection<Double>", "ImmutableSection.of(Double.class)");
        section(sources, "Floats", "ImmutableSection<Float>", "ImmutableSection.of(Float.class)");
        section(sources, "Bytes", "ImmutableSection<Byte>", "ImmutableSection.of(Byte.class)");
        section(sources, "Shorts", "ImmutableSection<Short>", "ImmutableSection.of(Short.class)");
        section(sources, "Arrays", "ImmutableSection<Object>", "ImmutableSection.of(Object.class)");
        section(sources, "Numbers", "MapSection<String, Object>", "MapSection.of(Object.class, Object::toString)");
        sources.put("zoo.Items", "package zoo; import dev.premain.*;\n"
                + "final class Items {\n"
                + "  @Contribute(Words.class) static final String TEXT = \"50% off,\\nnaïve \\\"ünïcode\\\" ✓\";\n"
                + "  @Contribute(Ints.class) static final int INT = -8080;\n"
                + "  @Contribute(Longs.class) static final long LONG = 1L << 40;\n"
                + "  @Contribute(Chars.class) static final char CHAR = '\\n';\n"
                + "  @Contribute(Flags.class) static final boolean BOOL = true;\n"
                + "  @Contribute(Doubles.class) static final double DOUBLE = -2.5e-300;\n"
                + "  @Contribute(Floats.class) static final float FLOAT = 3.25f;\n"
                + "  @Contribute(Bytes.class) static final byte BYTE = -7;\n"
                + "  @Contribute(Shorts.class) static final short SHORT = -300;\n"
                + "  @Contribute(Arrays.class) static final String[] NAMES = {\"a\"};\n"
                + "  @Contribute(Words.class) static final String COMPUTED = String.valueOf(7);\n"
                + "  @Contribute(Tasks.class) @Deprecated static Runnable task() { return () -> { }; }\n"
                + "  @Contribute(Numbers.class) private static int[] numbers() { return new int[0]; }\n"
                + "}\n");
        sources.put("zoo.Plugins", "package zoo; import dev.premain.*;\n"
                + "public final class Plugins {\n"
                + "  @Contribute(Tasks.class) public static final class Nested implements Runnable {"
                + " public void run() { } }\n"
                + "  @Contribute(Tasks.class) static class Hidden implements Runnable {"
                + " Hidden() { } public void run() { } }\n"
                + "}\n");
        sources.put("zoo.Startup", "package zoo; import dev.premain.*;\n"
                + "final class Startup {\n"
                + "  @Ctor(priority = -5, after = {Plugins.class, Items.class}) static void first() { }\n"
                + "  @Ctor(priority = Integer.MAX_VALUE) private static void last() { }\n"
                + "  @Deprecated @Ctor public static void plain() { }\n"
                + "  @Dtor(after = Startup.class) static synchronized void close() { }\n"
                + "  @Dtor(priority = 3) static strictfp void flush() { }\n"
                + "}\n");
        return sources;
    }

    private static void section(Map<String, String> sources, String holder, String type, String init) {
        sources.put("zoo." + holder, "package zoo; import dev.premain.*;\n"
                + "public final class " + holder + " { @Section public static final " + type + " ALL = " + init + "; }\n");
    }

    @Test
    public void theParseOfEveryClassEqualsTheProcessorsIndex() throws Exception {
        Map<String, byte[]> compiled = Archives.entries(TestJavac.indexed(work.resolve("classes"), "zoo", zoo()));
        Declarations indexed = IndexReader.read(new String(compiled.get("META-INF/premain/index/zoo.idx"),
                StandardCharsets.UTF_8), LOCATION).content();
        List<Declarations> parsed = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : compiled.entrySet()) {
            if (entry.getKey().endsWith(".class")) {
                parsed.add(ClassFileParser.parse(entry.getValue(), LOCATION));
            }
        }
        Declarations all = Declarations.concat(parsed);

        assertEquals(Set.copyOf(indexed.ctors()), Set.copyOf(all.ctors()));
        assertEquals(Set.copyOf(indexed.dtors()), Set.copyOf(all.dtors()));
        assertEquals(Set.copyOf(indexed.sections()), Set.copyOf(all.sections()));
        assertEquals(new HashSet<>(indexed.contributions()), new HashSet<>(all.contributions()));
        assertEquals(indexed.contributions().size(), all.contributions().size());
        assertEquals(5, all.ctors().size() + all.dtors().size());
        assertEquals(13, all.sections().size());
        assertEquals(15, all.contributions().size());
    }

    @Test
    public void bytesThatAreNoClassFileAreAnException() {
        assertThrows(RuntimeException.class, () -> ClassFileParser.parse(new byte[] {(byte) 0xCA, (byte) 0xFE},
                LOCATION));
    }

    @Test
    public void theLastTypeArgumentIsTheElementType() {
        assertEquals("java.lang.String", GenericSignatures.lastTypeArgument(
                "Ldev/premain/ImmutableSection<Ljava/lang/String;>;"));
        assertEquals("com.x.Handler", GenericSignatures.lastTypeArgument(
                "Ldev/premain/MapSection<Ljava/lang/String;Lcom/x/Handler;>;"));
        assertEquals("java.util.List", GenericSignatures.lastTypeArgument(
                "Ldev/premain/ImmutableSection<Ljava/util/List<Ljava/lang/String;>;>;"));
        assertEquals("java.util.Map$Entry", GenericSignatures.lastTypeArgument(
                "Ldev/premain/ImmutableSection<Ljava/util/Map$Entry;>;"));
        assertEquals("com.x.Outer$Inner", GenericSignatures.lastTypeArgument(
                "Ldev/premain/ImmutableSection<Lcom/x/Outer<TT;>.Inner;>;"));
        assertEquals(null, GenericSignatures.lastTypeArgument("Ldev/premain/ImmutableSection<*>;"));
        assertEquals(null, GenericSignatures.lastTypeArgument("Ldev/premain/ImmutableSection<+Ljava/lang/Number;>;"));
        assertEquals(null, GenericSignatures.lastTypeArgument("Ldev/premain/ImmutableSection<TT;>;"));
        assertEquals(null, GenericSignatures.lastTypeArgument("Ldev/premain/ImmutableSection<[Ljava/lang/String;>;"));
        assertEquals(null, GenericSignatures.lastTypeArgument("Ldev/premain/ImmutableSection;"));
        assertEquals(null, GenericSignatures.lastTypeArgument(null));
        assertEquals(null, GenericSignatures.lastTypeArgument("TT;"));
        assertEquals(null, GenericSignatures.lastTypeArgument("Lx<" + "[".repeat(200_000) + "I>;"));
        assertEquals(null, GenericSignatures.lastTypeArgument("Lx<["));
        assertEquals("y", GenericSignatures.lastTypeArgument("Lx<Ly"), "malformed, but no exception");
    }
}
