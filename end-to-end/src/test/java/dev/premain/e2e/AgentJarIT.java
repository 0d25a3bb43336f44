package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins what the shaded agent jar contains: our classes, relocated libraries, the manifest. */
class AgentJarIT {
    private static final String SHADED = "dev/premain/agent/internal/shaded/";
    private static final String SLF4J_SERVICES =
            "META-INF/services/dev.premain.agent.internal.shaded.org.slf4j.spi.SLF4JServiceProvider";

    @Test
    void containsOnlyOurPackagesAndRelocatedLibraries() throws IOException {
        Set<String> entryPoints = entryPoints();
        for (String entry : entries(Jars.AGENT)) {
            assertTrue(entry.startsWith("dev/") || entry.equals("META-INF/") || entry.equals("META-INF/MANIFEST.MF")
                    || entry.equals("META-INF/services/") || entry.equals(SLF4J_SERVICES)
                    || entry.equals("LICENSE-ClassGraph.txt") || entry.equals("LICENSE-SLF4J.txt"),
                    () -> "unexpected entry " + entry);
            assertTrue(!entry.startsWith("dev/premain/agent/") || entry.equals("dev/premain/agent/")
                    || entryPoints.contains(entry) || entry.equals("dev/premain/agent/package-info.class")
                    || entry.startsWith("dev/premain/agent/internal/"), () -> "unexpected agent entry " + entry);
        }
    }

    @Test
    void relocatesClassGraph() throws IOException {
        Set<String> entries = entries(Jars.AGENT);
        assertTrue(entries.contains(SHADED + "io/github/classgraph/ClassGraph.class"));
        assertTrue(entries.contains(SHADED + "nonapi/io/github/classgraph/utils/JarUtils.class"));
        assertTrue(entries.stream().noneMatch(e -> e.startsWith("io/") || e.startsWith("nonapi/")));
    }

    @Test
    void relocatesSlf4jAndItsServiceRegistration() throws IOException {
        Set<String> entries = entries(Jars.AGENT);
        assertTrue(entries.contains(SHADED + "org/slf4j/Logger.class"));
        assertTrue(entries.contains(SHADED + "org/slf4j/spi/SLF4JServiceProvider.class"));
        assertTrue(entries.contains(SHADED + "org/slf4j/helpers/LegacyAbstractLogger.class"));
        assertTrue(entries.stream().noneMatch(e -> e.startsWith("org/")));
        // Why pinned: an unrelocated META-INF/services/org.slf4j.spi.SLF4JServiceProvider would make the
        // application's own SLF4J 2 find a second provider (and fail to load it).
        try (JarFile jar = new JarFile(Jars.AGENT.toFile())) {
            byte[] services = jar.getInputStream(jar.getEntry(SLF4J_SERVICES)).readAllBytes();
            assertEquals("dev.premain.agent.internal.log.StderrLoggingProvider\n",
                    new String(services, StandardCharsets.UTF_8));
        }
    }

    @Test
    void carriesNoApiClassNoModuleDescriptorAndNoProcessor() throws IOException {
        // Why no API: the application brings premain-api; a second copy of package dev.premain here would split it
        // on the module path (the boot layer refuses to start) or shadow the application's version on the class path.
        Set<String> entries = entries(Jars.AGENT);
        assertEquals(List.of(), entries.stream().filter(e -> e.matches("dev/premain/[^/]+\\.class")
                || e.matches("dev/premain/internal/[^/]+\\.class")).sorted().toList());
        assertTrue(entries.stream().noneMatch(e -> e.endsWith("module-info.class")));
        assertTrue(entries.stream().noneMatch(e -> e.startsWith("dev/premain/processor/")));
        assertTrue(entries.contains("dev/premain/agent/internal/rules/ShapeRules.class"), "the relocated rulebook");
    }

    @Test
    void manifestNamesTheAgentClass() throws IOException {
        try (JarFile jar = new JarFile(Jars.AGENT.toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertEquals(List.of("dev.premain.agent.PremainAgent", "dev.premain.agent.PremainAgent"),
                    List.of(main.getValue("Premain-Class"), main.getValue("Launcher-Agent-Class")));
            assertEquals("dev.premain.agent", main.getValue("Automatic-Module-Name"));
        }
    }

    /** The classes the manifest names for the JVM or {@code java -jar}: the only ones outside internal. */
    private static Set<String> entryPoints() throws IOException {
        try (JarFile jar = new JarFile(Jars.AGENT.toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            Set<String> classes = new TreeSet<>();
            for (String attribute : List.of("Premain-Class", "Launcher-Agent-Class", "Agent-Class", "Main-Class")) {
                String name = main.getValue(attribute);
                if (name != null) {
                    classes.add(name.replace('.', '/') + ".class");
                }
            }
            return classes;
        }
    }

    private static Set<String> entries(Path path) throws IOException {
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.stream().map(e -> e.getName()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
