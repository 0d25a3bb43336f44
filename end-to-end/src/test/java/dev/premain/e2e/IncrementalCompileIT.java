package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Test;

/**
 * An IDE's output directory, recompiled piece by piece with the annotation processor, as IntelliJ
 * (javac) and Eclipse (its own compiler, ecj) do: edit one class, add one, rename one. Every
 * launch in between sees every contribution and reports nothing, although the directory collects
 * an index per compile.
 */
class IncrementalCompileIT {
    private static final String SECTION = "package app; import dev.premain.*;"
            + " public final class Greetings { @Section public static final ImmutableSection<String> ALL ="
            + " ImmutableSection.of(String.class); }";
    /** The processor path an IDE takes from the build: premain-processor, and premain-api for its rulebook. */
    private static final String PROCESSOR_PATH = Jars.PROCESSOR + java.io.File.pathSeparator + Jars.API;
    private static final String MAIN = "package app; public final class Main {"
            + " public static void main(String[] a) { System.out.println(\"greetings \" + Greetings.ALL.stream()"
            + ".sorted().toList()); } }";

    /** A compiler: javac in this JVM, or ecj in this JVM; each runs the Premain processor. */
    private interface Compiler {
        void compile(Path out, List<Path> sources) throws IOException;
    }

    @Test
    void javacPartialRecompilesKeepEveryContributionAndReportNothing() throws Exception {
        walkThrough("javac", IncrementalCompileIT::javac);
    }

    @Test
    void eclipseCompilerPartialRecompilesKeepEveryContributionAndReportNothing() throws Exception {
        walkThrough("ecj", IncrementalCompileIT::ecj);
    }

    private static void walkThrough(String name, Compiler compiler) throws Exception {
        Path project = Jars.WORK.resolve("incremental/" + name);
        TestTrees.delete(project);
        Path src = Files.createDirectories(project.resolve("src/app"));
        Path out = Files.createDirectories(project.resolve("classes"));
        Path greetings = write(src, "Greetings", SECTION);
        Path main = write(src, "Main", MAIN);
        Path hello = write(src, "Hello", contributor("Hello", "hello"));
        Path hola = write(src, "Hola", contributor("Hola", "hola"));
        compiler.compile(out, List.of(greetings, main, hello, hola));
        assertEquals(new ChildJvm.Result(0, "greetings [hello, hola]\n", ""), run(out));

        compiler.compile(out, List.of(write(src, "Hola", contributor("Hola", "HOLA")))); // edit one class
        assertEquals(new ChildJvm.Result(0, "greetings [HOLA, hello]\n", ""), run(out));

        compiler.compile(out, List.of(write(src, "Salut", contributor("Salut", "salut")))); // add one
        assertEquals(new ChildJvm.Result(0, "greetings [HOLA, hello, salut]\n", ""), run(out));

        Files.delete(hello); // rename Hello to Hi: the IDE deletes the old class file, compiles the new one
        Files.delete(out.resolve("app/Hello.class"));
        compiler.compile(out, List.of(write(src, "Hi", contributor("Hi", "hi"))));
        assertEquals(new ChildJvm.Result(0, "greetings [HOLA, hi, salut]\n", ""), run(out));

        compiler.compile(out, List.of(write(src, "Salut", "package app; public final class Salut { }"))); // un-annotate
        assertEquals(new ChildJvm.Result(0, "greetings [HOLA, hi]\n", ""), run(out));
        try (Stream<Path> indexes = Files.list(out.resolve("META-INF/premain/index"))) {
            assertEquals(4, indexes.count(), "the processor ran: one index per distinct compile, the old ones left over");
        }
    }

    private static String contributor(String className, String greeting) {
        return "package app; import dev.premain.*; public final class " + className + " {"
                + " @Contribute(Greetings.class) static final String GREETING = \"" + greeting + "\"; }";
    }

    private static ChildJvm.Result run(Path classes) throws Exception {
        // Why cache=off: the point is what the directory's indexes say, start after start.
        return new ChildJvm().agent("cache=off").classPath(classes, Jars.API).args(
                "app.Main").run();
    }

    private static void javac(Path out, List<Path> sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-proc:full",
                "-processorpath", PROCESSOR_PATH, "-cp", out + java.io.File.pathSeparator + Jars.API,
                "-d", out.toString()));
        if (Runtime.version().feature() < 21) {
            args.remove("-proc:full"); // Why: JDK 17 has no -proc:full; processing is on by default there.
        }
        for (Path source : sources) {
            args.add(source.toString());
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, args.toArray(String[]::new));
        assertEquals(0, status, () -> "javac failed: " + errors.toString(StandardCharsets.UTF_8));
    }

    private static void ecj(Path out, List<Path> sources) {
        // Why -cp before -processorpath: ecj (3.38) sets its processor path to the class path when it
        // reads -cp, dropping a -processorpath given before it; it would then find no processor at all.
        List<String> args = new ArrayList<>(List.of("-17", "-encoding", "UTF-8", "-nowarn",
                "-cp", out + java.io.File.pathSeparator + Jars.API, "-processorpath", PROCESSOR_PATH,
                "-d", out.toString()));
        for (Path source : sources) {
            args.add(source.toString());
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintWriter writer = new PrintWriter(messages, true, StandardCharsets.UTF_8);
        boolean compiled = BatchCompiler.compile(args.toArray(String[]::new), writer, writer, null);
        assertEquals(true, compiled, () -> "ecj failed: " + messages.toString(StandardCharsets.UTF_8));
    }

    private static Path write(Path directory, String className, String source) throws IOException {
        return Files.writeString(directory.resolve(className + ".java"), source, StandardCharsets.UTF_8);
    }

}
