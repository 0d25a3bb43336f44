package dev.premain.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the packaged jars: the processor is in premain-processor, registered in the order that
 * {@link ClaimProcessor} depends on, and no longer in premain-api, so applications do not carry it.
 */
class ProcessorJarIT {
    private static final String SERVICE_FILE = "META-INF/services/javax.annotation.processing.Processor";
    private static final String GRADLE_FILE = "META-INF/gradle/incremental.annotation.processors";
    private static final Path PROCESSOR_JAR = jar("premain.processor.jar");
    private static final Path API_JAR = jar("premain.api.jar");

    @Test
    void processorJarRegistersPremainProcessorBeforeClaimProcessor() throws IOException {
        List<String> registered = text(PROCESSOR_JAR, SERVICE_FILE).lines()
                .filter(line -> !line.startsWith("#")).toList();

        assertEquals(List.of("dev.premain.processor.PremainProcessor", "dev.premain.processor.ClaimProcessor"),
                registered);
    }

    @Test
    void processorJarDeclaresBothProcessorsToGradle() throws IOException {
        assertEquals("dev.premain.processor.PremainProcessor,aggregating\n"
                + "dev.premain.processor.ClaimProcessor,isolating\n", text(PROCESSOR_JAR, GRADLE_FILE));
    }

    /** Only the processor's own classes: the API and its rulebook come from premain-api, never a copy. */
    @Test
    void processorJarHoldsOnlyTheProcessorPackageAndItsRegistrations() throws IOException {
        List<String> strays = entries(PROCESSOR_JAR).stream()
                .filter(e -> !e.endsWith("/"))
                .filter(e -> !(e.startsWith("dev/premain/processor/") && e.endsWith(".class")))
                .filter(e -> !e.startsWith("META-INF/maven/"))
                .filter(e -> !Set.of("META-INF/MANIFEST.MF", SERVICE_FILE, GRADLE_FILE).contains(e))
                .toList();

        assertEquals(List.of(), strays);
        assertTrue(entries(PROCESSOR_JAR).contains("dev/premain/processor/PremainProcessor.class"));
    }

    @Test
    void apiJarCarriesNoProcessor() throws IOException {
        List<String> entries = entries(API_JAR);

        assertTrue(entries.contains("dev/premain/Ctor.class"), "not the API jar: " + API_JAR);
        assertEquals(List.of(), entries.stream().filter(e -> e.startsWith("dev/premain/processor/")
                || e.equals(SERVICE_FILE) || e.equals(GRADLE_FILE)).toList());
    }

    @Test
    void apiModuleProvidesNoServiceAndNeedsNoCompiler() throws IOException {
        ModuleDescriptor module;
        try (JarFile jar = new JarFile(API_JAR.toFile());
                InputStream in = jar.getInputStream(jar.getJarEntry("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }

        assertEquals(Set.of(), module.provides());
        assertEquals(Set.of("java.base"), module.requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet()));
    }

    /**
     * javac in a child process, with nothing but the two jars on its processor path and no
     * {@code -processor} option, finds both processors through the service file: the index is
     * written, and {@code -Xlint:all -Werror} passes because the annotations are claimed.
     */
    @Test
    void javacFindsBothProcessorsOnAClassPathStyleProcessorPath(@TempDir Path work) throws Exception {
        Path source = Files.writeString(Files.createDirectories(work.resolve("src/acme")).resolve("Boot.java"),
                "package acme; final class Boot { @dev.premain.Ctor static void init() { } }\n");
        Path classes = work.resolve("classes");
        Path log = work.resolve("javac.log");

        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "17", "-Xlint:all", "-Werror", "-cp", API_JAR.toString(),
                "-processorpath", PROCESSOR_JAR + File.pathSeparator + API_JAR, "-Apremain.index.id=acme",
                "-d", classes.toString(), source.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertTrue(javac.waitFor(60, TimeUnit.SECONDS), "javac timed out");
        assertEquals(0, javac.exitValue(), () -> read(log));
        assertEquals("", read(log));
        String index = Files.readString(classes.resolve("META-INF/premain/index/acme.idx"));
        assertTrue(index.contains("acme.Boot"), index);
    }

    private static Path jar(String property) {
        String path = System.getProperty(property);
        if (path == null) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests with Maven.");
        }
        return Path.of(path);
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile()); Stream<JarEntry> entries = file.stream()) {
            return entries.map(JarEntry::getName).sorted().toList();
        }
    }

    private static String text(Path jar, String entry) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry found = file.getJarEntry(entry);
            assertNotNull(found, entry + " is missing from " + jar);
            try (InputStream in = file.getInputStream(found)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }
}
