package dev.premain.agent.internal;

import dev.premain.agent.internal.model.MemberKind;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A tiny library in package {@code acme}, compiled in-test: every Premain annotation, a plain
 * class, a class that only references the API, and one that only mentions an annotation's
 * descriptor in a string constant. Compiled once per test JVM (javac costs about a second) with
 * Premain's processor; the class files are the same with or without it.
 */
public final class AcmeLibrary {
    /** The index id given to the processor, so the index is {@value #INDEX}. */
    public static final String INDEX_ID = "acme";
    public static final String INDEX = "META-INF/premain/index/acme.idx";

    /** What the pre-filter passes, sorted: the five annotated classes and the false positive {@code acme.Mentions}. */
    public static final List<String> CANDIDATES = List.of("acme.Mentions", "acme.Names", "acme.Sections", "acme.Startup",
            "acme.Startup$Inner", "acme.sub.Deep");
    /** Every class, sorted: what the index covers. */
    public static final List<String> CLASSES = List.of("acme.Mentions", "acme.Names", "acme.Plain", "acme.Sections",
            "acme.Startup", "acme.Startup$Inner", "acme.UsesApi", "acme.sub.Deep");

    private static final Map<String, String> SOURCES = sources();
    private static Map<String, byte[]> indexed;

    private AcmeLibrary() {
    }

    /** A mutable copy of every entry the compilation wrote, sorted by name: the class files and {@value #INDEX}. */
    public static synchronized Map<String, byte[]> indexed() {
        if (indexed == null) {
            try {
                Path work = Files.createTempDirectory("premain-acme");
                try {
                    indexed = Map.copyOf(Archives.entries(TestJavac.indexed(work.resolve("classes"), INDEX_ID,
                            SOURCES)));
                } finally {
                    try (Stream<Path> files = Files.walk(work)) {
                        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(file);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Archives.sorted(indexed);
    }

    /** A mutable copy of the class files only, sorted by name: the library as built without the processor. */
    public static Map<String, byte[]> plain() {
        Map<String, byte[]> entries = indexed();
        entries.remove(INDEX);
        return entries;
    }

    /** What the library declares, as its index lists it, found in {@code location}. */
    public static Declarations declared(String location) {
        return new Declarations(
                List.of(new DeclaredMethod("acme.Startup", "init", "()V", 8, 5, List.of(), location),
                        new DeclaredMethod("acme.Startup$Inner", "inner", "()V", 8, 0, List.of("acme.Startup"), location),
                        new DeclaredMethod("acme.sub.Deep", "deep", "()V", 8, 0, List.of(), location)),
                List.of(new DeclaredMethod("acme.Startup", "close", "()V", 8, 0, List.of(), location)),
                List.of(new DeclaredSection("acme.Sections", "NAMES", 25, "dev.premain.ImmutableSection",
                        "java.lang.String", location)),
                List.of(new DeclaredContribution("acme.Sections", "acme.Names", "HELLO", MemberKind.FIELD, 24,
                                "java.lang.String", false, "hello world", location),
                        new DeclaredContribution("acme.Sections", "acme.Names", "computed", MemberKind.METHOD, 8,
                                "java.lang.String", false, null, location)));
    }

    /** The text of the index the processor wrote. */
    public static String indexText() {
        return new String(indexed().get(INDEX), StandardCharsets.UTF_8);
    }

    private static Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("acme.Sections", "package acme; import dev.premain.*;\n"
                + "public final class Sections {\n"
                + "  @Section public static final ImmutableSection<String> NAMES = ImmutableSection.of(String.class);\n"
                + "  private Sections() { }\n"
                + "}\n");
        sources.put("acme.Names", "package acme; import dev.premain.*;\n"
                + "final class Names {\n"
                + "  @Contribute(Sections.class) static final String HELLO = \"hello world\";\n"
                + "  @Contribute(Sections.class) static String computed() { return \"computed\"; }\n"
                + "}\n");
        sources.put("acme.Startup", "package acme; import dev.premain.*;\n"
                + "final class Startup {\n"
                + "  @Ctor(priority = 5) static void init() { }\n"
                + "  @Dtor static void close() { }\n"
                + "  static final class Inner { @Ctor(after = Startup.class) static void inner() { } }\n"
                + "}\n");
        sources.put("acme.sub.Deep", "package acme.sub;\n"
                + "final class Deep { @dev.premain.Ctor static void deep() { } }\n");
        sources.put("acme.Plain", "package acme;\n"
                + "public final class Plain { public static String text() { return \"plain\"; } }\n");
        sources.put("acme.UsesApi", "package acme;\n"
                + "final class UsesApi {\n"
                + "  static final Class<?> TYPE = dev.premain.Ctor.class;\n"
                + "  static int size(dev.premain.ImmutableSection<String> section) { return section.size(); }\n"
                + "}\n");
        sources.put("acme.Mentions", "package acme;\n"
                + "final class Mentions { static final String DESCRIPTOR = \"Ldev/premain/Ctor;\"; }\n");
        return sources;
    }
}
