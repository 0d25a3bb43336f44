package dev.premain.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index a valid compilation writes, byte for byte (docs/INDEX-FORMAT.md). */
class IndexContentTest {
    private static final String SECTIONS = "package app; import dev.premain.*;\n"
            + "public final class Sections {\n"
            + "  private Sections() {}\n"
            + "  public static final class Names { @Section public static final ImmutableSection<String> ALL"
            + " = ImmutableSection.of(String.class); }\n"
            + "  public static final class Ports { @Section static final SortedSection<Integer> ALL"
            + " = SortedSection.of(Integer.class); }\n"
            + "  public static final class Flags { @Section static final SetSection<Boolean> ALL"
            + " = SetSection.of(Boolean.class); }\n"
            + "  public static final class Marks { @Section private static final MutableSection<Character> ALL"
            + " = MutableSection.of(Character.class); }\n"
            + "  public static final class Sizes { @Section static final MapSection<String, Long> BY_NAME"
            + " = MapSection.of(Long.class, String::valueOf); }\n"
            + "  public static final class Tasks { @Section static final ImmutableSection<Runnable> ALL"
            + " = ImmutableSection.of(Runnable.class); }\n"
            + "}\n";
    private static final String CONTRIBUTORS = "package app; import dev.premain.*;\n"
            + "public class Contributors {\n"
            + "  @Contribute(Sections.Names.class) public static final String GREETING = \"hello, world!\";\n"
            + "  @Contribute(Sections.Ports.class) static final int PORT = 8080;\n"
            + "  @Contribute(Sections.Marks.class) static final char MARK = '!';\n"
            + "  @Contribute(Sections.Flags.class) static final boolean ON = true;\n"
            + "  @Contribute(Sections.Sizes.class) static final long SIZE = 1L << 40;\n"
            + "  @Contribute(Sections.Names.class) static final String COMPUTED = String.valueOf(1);\n"
            + "  @Contribute(Sections.Tasks.class) static Runnable task() { return () -> { }; }\n"
            + "  @Contribute(Sections.Tasks.class) public static final class Job implements Runnable {"
            + " public void run() { } }\n"
            + "}\n";
    private static final String LIFECYCLE = "package app; import dev.premain.*;\n"
            + "final class Lifecycle {\n"
            + "  @Ctor static void first() { }\n"
            + "  @Ctor(priority = 10, after = {Contributors.class, Sections.Tasks.class}) private static void second()"
            + " { }\n"
            + "  @Dtor(priority = -1) public static synchronized void close() { }\n"
            + "  static final class Inner { @Ctor public static void deep() { } }\n"
            + "}\n";
    private static final String EXPECTED = "premain-index 1\n"
            + "covers app.Contributors\n"
            + "covers app.Contributors$Job\n"
            + "covers app.Lifecycle\n"
            + "covers app.Lifecycle$Inner\n"
            + "covers app.Sections\n"
            + "covers app.Sections$Flags\n"
            + "covers app.Sections$Marks\n"
            + "covers app.Sections$Names\n"
            + "covers app.Sections$Ports\n"
            + "covers app.Sections$Sizes\n"
            + "covers app.Sections$Tasks\n"
            + "ctor app.Lifecycle first ()V 8 0 -\n"
            + "ctor app.Lifecycle second ()V 10 10 app.Contributors,app.Sections$Tasks\n"
            + "ctor app.Lifecycle$Inner deep ()V 9 0 -\n"
            + "dtor app.Lifecycle close ()V 41 -1 -\n"
            + "section app.Sections$Flags ALL 24 dev.premain.SetSection java.lang.Boolean\n"
            + "section app.Sections$Marks ALL 26 dev.premain.MutableSection java.lang.Character\n"
            + "section app.Sections$Names ALL 25 dev.premain.ImmutableSection java.lang.String\n"
            + "section app.Sections$Ports ALL 24 dev.premain.SortedSection java.lang.Integer\n"
            + "section app.Sections$Sizes BY_NAME 24 dev.premain.MapSection java.lang.Long\n"
            + "section app.Sections$Tasks ALL 24 dev.premain.ImmutableSection java.lang.Runnable\n"
            + "contribute app.Sections$Flags app.Contributors ON FIELD 24 boolean false z:true\n"
            + "contribute app.Sections$Marks app.Contributors MARK FIELD 24 char false c:33\n"
            + "contribute app.Sections$Names app.Contributors COMPUTED FIELD 24 java.lang.String false -\n"
            + "contribute app.Sections$Names app.Contributors GREETING FIELD 25 java.lang.String false"
            + " s:hello%2C+world%21\n"
            + "contribute app.Sections$Ports app.Contributors PORT FIELD 24 int false i:8080\n"
            + "contribute app.Sections$Sizes app.Contributors SIZE FIELD 24 long false j:1099511627776\n"
            + "contribute app.Sections$Tasks app.Contributors task METHOD 8 java.lang.Runnable false -\n"
            + "contribute app.Sections$Tasks app.Contributors$Job - CLASS 57 app.Contributors$Job false -\n";

    @TempDir
    Path work;

    @Test
    void writesEveryRecordSortedWithItsChecksum() throws IOException {
        Javac.Result result = compileApp();

        assertEquals(List.of(), result.diagnostics());
        String index = result.index();
        assertEquals(EXPECTED + "checksum " + crc32(EXPECTED) + "\n", index);
    }

    @Test
    void theChecksumIsTheCrc32OfEverythingBeforeIt() throws IOException {
        String index = compileApp().index();

        int at = index.lastIndexOf("checksum ");
        String hex = index.substring(at + "checksum ".length(), index.length() - 1);
        assertTrue(hex.matches("[0-9a-f]{8}"), hex);
        assertEquals(crc32(index.substring(0, at)), hex);
    }

    @Test
    void theDefaultIdHashesTheSortedCoveredClassNames() throws IOException {
        Javac.Result result = compileApp();

        String covers = String.join("\n", "app.Contributors", "app.Contributors$Job", "app.Lifecycle",
                "app.Lifecycle$Inner", "app.Sections", "app.Sections$Flags", "app.Sections$Marks", "app.Sections$Names",
                "app.Sections$Ports", "app.Sections$Sizes", "app.Sections$Tasks");
        assertEquals(List.of(sha256(covers).substring(0, 16) + ".idx"), result.indexFiles());
    }

    @Test
    void theIdOptionNamesTheFile() throws IOException {
        Javac.Result result = app().option("-Apremain.index.id=acme-db_2.1").compile(work);

        assertEquals(List.of("acme-db_2.1.idx"), result.indexFiles());
        assertEquals(EXPECTED + "checksum " + crc32(EXPECTED) + "\n", result.index());
    }

    @Test
    void theSameSourcesGiveTheSameBytesInAnyOrder() throws IOException {
        Javac.Result first = compileApp();
        Javac.Result again = new Javac().source("app.Lifecycle", LIFECYCLE).source("app.Contributors", CONTRIBUTORS)
                .source("app.Sections", SECTIONS).compile(work);

        assertEquals(first.indexFiles(), again.indexFiles());
        String name = Javac.INDEX_DIRECTORY + "/" + first.indexFiles().get(0);
        assertArrayEquals(Files.readAllBytes(first.classes().resolve(name)),
                Files.readAllBytes(again.classes().resolve(name)));
    }

    @Test
    void aCompilationWithoutAnnotationsIsIndexedToo() throws IOException {
        Javac.Result result = new Javac().source("plain.Main", "package plain; public class Main {"
                + " interface Inner { enum Deeper { A } } public static void main(String[] args) { } }").compile(work);

        String expected = "premain-index 1\ncovers plain.Main\ncovers plain.Main$Inner\ncovers plain.Main$Inner$Deeper\n";
        assertEquals(expected + "checksum " + crc32(expected) + "\n", result.index());
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void stringConstantsAreUrlEncoded() throws IOException {
        Javac.Result result = new Javac().source("app.Sections", SECTIONS).source("app.Odd", "package app;"
                + " import dev.premain.*; class Odd { @Contribute(Sections.Names.class) static final String ODD ="
                + " \"a b+c%\\u00e9\\n\"; @Contribute(Sections.Names.class) static final String EMPTY = \"\"; }")
                .compile(work);

        String index = result.index();
        assertTrue(index.contains("contribute app.Sections$Names app.Odd EMPTY FIELD 24 java.lang.String false s:\n"),
                index);
        assertTrue(index.contains("contribute app.Sections$Names app.Odd ODD FIELD 24 java.lang.String false"
                + " s:a+b%2Bc%25%C3%A9%0A\n"), index);
    }

    private Javac app() {
        return new Javac().source("app.Sections", SECTIONS).source("app.Contributors", CONTRIBUTORS)
                .source("app.Lifecycle", LIFECYCLE);
    }

    private Javac.Result compileApp() throws IOException {
        return app().compile(work);
    }

    private static String crc32(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
