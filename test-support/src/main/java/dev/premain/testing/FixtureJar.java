package dev.premain.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles Java sources given as text into a jar, against the API jar and other fixture jars. */
public final class FixtureJar {
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> resources = new LinkedHashMap<>();
    private final List<Path> classPath = new ArrayList<>(List.of(TestJars.API));
    private String indexId;
    private boolean modular;

    /** Adds a source file; its path is derived from the {@code package} and type name. */
    public FixtureJar source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /** Adds a resource file with this text. */
    public FixtureJar resource(String path, String text) {
        resources.put(path, text);
        return this;
    }

    /**
     * Runs Premain's annotation processor ({@link TestJars#PROCESSOR}, with the API on the processor
     * path), which writes {@code META-INF/premain/index/ID.idx}.
     */
    public FixtureJar indexed(String id) {
        indexId = id;
        return this;
    }

    /** Compiles a named module: the class path becomes the module path (add a {@code module-info} source). */
    public FixtureJar modular() {
        modular = true;
        return this;
    }

    /** Compiles against these jars as well. */
    public FixtureJar uses(Path... jars) {
        classPath.addAll(List.of(jars));
        return this;
    }

    /** Compiles and writes the jar; fails the test with javac's output on a compile error. */
    public Path writeTo(Path jar) throws IOException {
        Path work = Files.createTempDirectory(Files.createDirectories(TestJars.WORK), "javac");
        Path src = work.resolve("src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
                modular ? "--module-path" : "-cp", String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList())));
        args.addAll(indexId == null ? List.of("-proc:none") : List.of("-processorpath", TestJars.PROCESSOR
                + java.io.File.pathSeparator + TestJars.API, "-processor", "dev.premain.processor.PremainProcessor",
                "-Apremain.index.id=" + indexId));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        for (Map.Entry<String, String> resource : resources.entrySet()) {
            Path file = classes.resolve(resource.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, resource.getValue());
        }
        if (!sources.isEmpty()) {
            compile(args);
        }
        pack(classes, jar);
        return jar;
    }

    private static void compile(List<String> args) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter out = new StringWriter();
        int status = javac.run(null, new WriterStream(out), new WriterStream(out), args.toArray(String[]::new));
        if (status != 0) {
            throw new AssertionError("fixture does not compile:\n" + out);
        }
    }

    private static void pack(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                JarEntry entry = new JarEntry(classes.relativize(file).toString().replace('\\', '/'));
                entry.setTime(0L);
                out.putNextEntry(entry);
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
    }

    /** Adapts javac's byte output to a writer. */
    private static final class WriterStream extends OutputStream {
        private final StringWriter target;

        WriterStream(StringWriter target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            target.write(new String(b, off, len, StandardCharsets.UTF_8));
        }
    }
}
