package dev.premain.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the processor is found and how it takes part in javac's rounds. */
class ProcessorRoundsTest {
    @TempDir
    Path work;

    @Test
    void theServiceFileRegistersItAndStrictLintStaysQuiet() throws IOException {
        Javac.Result result = new Javac().discovered().option("-Xlint:all").option("-Werror")
                .source("app.Main", "package app; import dev.premain.*; public class Main {"
                        + " @Section static final SetSection<String> NAMES = null;"
                        + " @Contribute(Main.class) static final String NAME = \"main\";"
                        + " @Ctor static void init() { } @Dtor static void close() { }"
                        + " @Override public String toString() { return NAME; } }")
                .compile(work);

        assertEquals(List.of(), result.diagnostics(), "-Xlint:all -Werror must not fail a build that uses Premain");
        assertTrue(result.index().contains("\ncontribute app.Main app.Main NAME FIELD 24 java.lang.String false"
                + " s:main\n"), result.index());
    }

    @Test
    void aSectionGeneratedInALaterRoundIsFound() throws IOException {
        Javac.Result result = new Javac().alsoProcessor(SectionGenerator.class)
                .source("app.Tasks", "package app; import dev.premain.*; class Tasks {"
                        + " @Contribute(gen.Generated.class) static final Runnable TASK = null;"
                        + " @Ctor(after = gen.Generated.class) static void init() { } }")
                .compile(work);

        assertEquals(List.of(), result.errors());
        String index = result.index();
        assertTrue(index.contains("\ncovers gen.Generated\n"), index);
        assertTrue(index.contains("\nctor app.Tasks init ()V 8 0 gen.Generated\n"), index);
        assertTrue(index.contains("\nctor gen.Generated init ()V 8 0 -\n"), index);
        assertTrue(index.contains("\nsection gen.Generated ALL 25 dev.premain.ImmutableSection java.lang.Runnable\n"),
                index);
        assertTrue(index.contains("\ncontribute gen.Generated app.Tasks TASK FIELD 24 java.lang.Runnable false -\n"),
                index);
    }

    @Test
    void aClassThatNeverResolvesFailsWithJavacsOwnErrorOnly() throws IOException {
        Javac.Result result = new Javac().source("app.Tasks", "package app; import dev.premain.*; class Tasks {"
                + " @Contribute(Missing.class) static final Runnable TASK = null; }").compile(work);

        assertEquals(1, result.errors().size(), () -> result.errors().toString());
        assertTrue(result.errors().get(0).startsWith("cannot find symbol"), result.errors().get(0));
        assertEquals(List.of(), result.indexFiles());
    }

    @Test
    void brokenAnnotationValuesAreLeftToJavac() throws IOException {
        Javac.Result result = new Javac().source("app.Broken", "package app; import dev.premain.*; class Broken {"
                + " @Section static final SetSection<String> ALL = null;"
                + " @Contribute static final String MISSING = \"a\";"
                + " @Ctor(priority = \"x\") static void init() { }"
                + " @Dtor(after = {String.class, Nope.class}) static void close() { } }").compile(work);

        assertEquals(3, result.errors().size(), () -> result.errors().toString());
        assertTrue(result.errors().stream().noneMatch(e -> e.startsWith("@") || e.contains("processor")),
                () -> result.errors().toString());
        assertEquals(List.of(), result.indexFiles());
    }
}
