package dev.premain.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles sources given as text in-process, as a user's build does: premain-api on the class path,
 * and this module's processor with premain-api on the processor path.
 */
final class Javac {
    /** The API the sources use: premain-api's jar, or its classes directory. */
    static final Path API = location(dev.premain.Ctor.class);
    /** This module's compiled processor. */
    static final Path PROCESSOR = location(PremainProcessor.class);
    static final String INDEX_DIRECTORY = "META-INF/premain/index";

    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<String> options = new ArrayList<>();
    private final List<Path> classPath = new ArrayList<>(List.of(API));
    private final List<Path> processorPath = new ArrayList<>(List.of(PROCESSOR, API));
    private String processors = PremainProcessor.class.getName();

    /** Adds a source file for a top-level class. */
    Javac source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    Javac option(String option) {
        options.add(option);
        return this;
    }

    Javac classPath(Path element) {
        classPath.add(element);
        return this;
    }

    /** Finds the processors as a build does: through the service files on the processor path. */
    Javac discovered() {
        processors = null;
        return this;
    }

    /** Runs another processor before Premain's, from the test classes. */
    Javac alsoProcessor(Class<?> processor) {
        processors = processor.getName() + "," + processors;
        processorPath.add(location(processor));
        return this;
    }

    /** Compiles into a new directory under {@code work}. */
    Result compile(Path work) throws IOException {
        Path classes = Files.createTempDirectory(work, "classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(), "-classpath",
                joined(classPath), "-processorpath", joined(processorPath)));
        if (processors != null) {
            args.addAll(List.of("-Xlint:all,-processing", "-processor", processors));
        }
        args.addAll(options);
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(new Source(name, code)));
        try (JavaFileManager files = new ProcessorPathLoader(javac.getStandardFileManager(diagnostics,
                Locale.ROOT, StandardCharsets.UTF_8))) {
            boolean success = javac.getTask(null, files, diagnostics, args, null, units).call();
            return new Result(success, diagnostics.getDiagnostics(), classes);
        }
    }

    private static String joined(List<Path> paths) {
        return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a compilation produced. */
    record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classes) {

        /** The messages of every error, in the order javac reported them. */
        List<String> errors() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(Locale.ROOT)).toList();
        }

        /** The messages of every diagnostic that is not an error (warnings, notes). */
        List<String> others() {
            return diagnostics.stream().filter(d -> d.getKind() != Diagnostic.Kind.ERROR)
                    .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT)).toList();
        }

        /** The names of the index files written. */
        List<String> indexFiles() {
            Path directory = classes.resolve(INDEX_DIRECTORY);
            if (!Files.isDirectory(directory)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(directory)) {
                return files.map(file -> file.getFileName().toString()).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The text of the one index file written. */
        String index() throws IOException {
            List<String> names = indexFiles();
            if (names.size() != 1) {
                throw new AssertionError("expected one index file, found " + names + "; diagnostics: "
                        + diagnostics);
            }
            return Files.readString(classes.resolve(INDEX_DIRECTORY).resolve(names.get(0)), StandardCharsets.UTF_8);
        }
    }

    /**
     * Loads processors from the processor path alone, as javac does in a user's build. Why: javac's
     * own loader delegates to this test's class loader, which has the processor and the API on its
     * class path, so a processor path that lacked premain-api (the rulebook) would still work here
     * and fail in a build.
     */
    private static final class ProcessorPathLoader extends ForwardingJavaFileManager<StandardJavaFileManager> {
        ProcessorPathLoader(StandardJavaFileManager files) {
            super(files);
        }

        @Override
        public ClassLoader getClassLoader(Location location) {
            if (location != StandardLocation.ANNOTATION_PROCESSOR_PATH) {
                return super.getClassLoader(location);
            }
            List<URL> urls = new ArrayList<>();
            for (Path path : fileManager.getLocationAsPaths(location)) {
                try {
                    urls.add(path.toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return new ChildFirstLoader(urls.toArray(URL[]::new));
        }
    }

    /** Finds classes on its own path before asking the platform loader. */
    private static final class ChildFirstLoader extends URLClassLoader {
        ChildFirstLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null && !name.startsWith("java.")) {
                    try {
                        type = findClass(name);
                    } catch (ClassNotFoundException e) {
                        type = null; // not on the processor path: the platform loader's
                    }
                }
                if (type == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
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
