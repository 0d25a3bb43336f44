package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

    @Test
    void containsOnlyOurPackagesAndRelocatedLibraries() throws IOException {
        for (String entry : entries(Jars.AGENT)) {
            assertTrue(entry.startsWith("dev/") || entry.equals("META-INF/") || entry.equals("META-INF/MANIFEST.MF")
                    || entry.equals("LICENSE-ClassGraph.txt"), () -> "unexpected entry " + entry);
            assertTrue(!entry.startsWith("dev/premain/agent/") || entry.equals("dev/premain/agent/")
                    || entry.equals("dev/premain/agent/PremainAgent.class")
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
    void carriesTheApiUnrelocatedAndWithoutItsModuleDescriptor() throws IOException {
        Set<String> api = entries(Jars.API).stream()
                .filter(e -> e.startsWith("dev/premain/") && e.endsWith(".class")).collect(Collectors.toSet());
        Set<String> inAgent = entries(Jars.AGENT).stream()
                .filter(e -> e.matches("dev/premain/[^/]+\\.class")).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(api), new TreeSet<>(inAgent));
        assertTrue(entries(Jars.AGENT).stream().noneMatch(e -> e.endsWith("module-info.class")));
    }

    @Test
    void manifestNamesTheAgentClass() throws IOException {
        try (JarFile jar = new JarFile(Jars.AGENT.toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertEquals(List.of("dev.premain.agent.PremainAgent", "dev.premain.agent.PremainAgent"),
                    List.of(main.getValue("Premain-Class"), main.getValue("Launcher-Agent-Class")));
        }
    }

    private static Set<String> entries(Path path) throws IOException {
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.stream().map(e -> e.getName()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
