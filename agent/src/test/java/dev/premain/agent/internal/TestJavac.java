package dev.premain.agent.internal;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles sources given as text in-process, against premain-api, with premain-processor. */
public final class TestJavac {
    /** The premain-api jar (or classes directory) on this test's class path. */
    public static final Path API = codeSource(dev.premain.Ctor.class);
    /** premain-processor's jar (or classes directory). */
    public static final Path PROCESSOR = processor();
    /** The processor path of a user's build: the processor, and the API for its rulebook. */
    private static final String PROCESSOR_PATH = PROCESSOR + File.pathSeparator + API;

    private TestJavac() {
    }

    /** Compiles with Premain's processor, which writes {@code META-INF/premain/index/<id>.idx}. */
    public static Path indexed(Path into, String id, Map<String, String> sources) throws IOException {
        return compile(into, List.of("-processor", "dev.premain.processor.PremainProcessor", "-processorpath",
                PROCESSOR_PATH, "-Apremain.index.id=" + id), sources);
    }

    /** Compiles without any annotation processor, so misuse compiles and reaches the agent. */
    public static Path plain(Path into, Map<String, String> sources) throws IOException {
        return compile(into, List.of("-proc:none"), sources);
    }

    /** The processor's compile errors for these sources, in the order javac reports them. */
    public static List<String> processorErrors(Path into, Map<String, String> sources) throws IOException {
        Files.createDirectories(into);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> args = List.of("--release", "17", "-d", into.toString(), "-classpath", API.toString(),
                "-processor", "dev.premain.processor.PremainProcessor", "-processorpath", PROCESSOR_PATH);
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(new Source(name, code)));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            javac.getTask(null, files, diagnostics, args, null, units).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(diagnostic.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }

    private static Path compile(Path into, List<String> options, Map<String, String> sources) throws IOException {
        Files.createDirectories(into);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", into.toString(), "-classpath",
                API.toString()));
        args.addAll(options);
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(new Source(name, code)));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            if (!javac.getTask(null, files, diagnostics, args, null, units).call()) {
                throw new AssertionError("compilation failed: " + diagnostics.getDiagnostics());
            }
        }
        return into;
    }

    /**
     * The processor from this test's class path if it is there, else built beside {@link #API}: in
     * the local repository, or in this repository's {@code processor/target}. Why the fallback: the
     * agent's POM does not declare premain-processor as a test dependency, which would put it on the
     * class path; beside the API, it is from the same build as the API under test.
     */
    private static Path processor() {
        try {
            return codeSource(Class.forName("dev.premain.processor.PremainProcessor"));
        } catch (ClassNotFoundException e) {
            Path beside = besideApi();
            if (!Files.exists(beside)) {
                throw new IllegalStateException("premain-processor is not at '" + beside + "', beside premain-api."
                        + " The tests that compile with it cannot run. Build it first: mvn -B install -pl processor.");
            }
            return beside;
        }
    }

    private static Path besideApi() {
        if (Files.isDirectory(API)) { // agent-api/target/classes
            return API.getParent().getParent().resolveSibling("processor").resolve("target/classes");
        }
        String jar = API.getFileName().toString().replace("premain-api", "premain-processor");
        Path version = API.getParent();
        if (version.getParent().getFileName().toString().equals("premain-api")) { // .../premain-api/VERSION/
            return version.getParent().resolveSibling("premain-processor").resolve(version.getFileName()).resolve(jar);
        }
        return version.getParent().resolveSibling("processor").resolve("target").resolve(jar); // agent-api/target/
    }

    /** Where {@code type} was loaded from: a jar or a classes directory. */
    public static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A source file held in memory. */
    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
