package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer copies from the docs is what the build is: every Premain version named in the
 * README, the docs, the changelog, the BOM, the tutorial and the javadoc is this build's version,
 * and every Java block of the README's tutorial is a file of {@code examples/tutorial} (which
 * {@link TutorialIT} builds and runs).
 */
class DocumentationIT {
    private static final Path ROOT = Paths.get("").toAbsolutePath().resolve("..").normalize();
    private static final String VERSION = System.getProperty("premain.version");
    // Why 0.x only: Premain's own versions; JDK, Maven, Surefire and Spring Boot versions are not ours.
    private static final Pattern PREMAIN_VERSION = Pattern.compile("(?<![\\w.])0\\.\\d+\\.\\d+(?:-[A-Z]+)?+(?!\\w)");

    @Test
    void everyVersionTheDocsNameIsThisBuildsVersion() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : documents()) {
            Matcher found = PREMAIN_VERSION.matcher(Files.readString(file));
            while (found.find()) {
                if (!found.group().equals(VERSION)) {
                    wrong.add(ROOT.relativize(file) + ": " + found.group());
                }
            }
        }
        assertEquals(List.of(), wrong, "every Premain version in the docs must be " + VERSION);
    }

    @Test
    void theReadmesTutorialCodeIsTheExampleProjectsCode() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String tutorial = readme.substring(readme.indexOf("## Five-minute tutorial"),
                readme.indexOf("\n## ", readme.indexOf("## Five-minute tutorial") + 3));
        String sources = normalized(allSources(ROOT.resolve("examples/tutorial/src")));
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(tutorial);
        int blocks = 0;
        while (block.find()) {
            blocks++;
            String code = normalized(block.group(1));
            assertTrue(sources.contains(code), () -> "not in examples/tutorial:\n" + block.group(1));
        }
        assertTrue(blocks >= 3, "the tutorial shows its code");
    }

    private static List<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CHANGELOG.md"),
                ROOT.resolve("bom/pom.xml"), ROOT.resolve("examples/tutorial/pom.xml"),
                ROOT.resolve("shade-transformer/README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            files.addAll(docs.filter(f -> f.toString().endsWith(".md")).toList());
        }
        for (String module : List.of("agent-api", "processor", "agent", "junit-extension", "maven-plugin",
                "shade-transformer")) {
            try (Stream<Path> java = Files.walk(ROOT.resolve(module).resolve("src/main"))) {
                files.addAll(java.filter(f -> f.toString().endsWith(".java")).toList());
            }
        }
        return new ArrayList<>(new TreeSet<>(files));
    }

    private static String allSources(Path directory) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }

    /** Lines stripped and blank lines dropped, so indentation and spacing do not matter. */
    private static String normalized(String code) {
        StringBuilder out = new StringBuilder();
        for (String line : code.split("\n")) {
            if (!line.isBlank()) {
                out.append(line.strip()).append('\n');
            }
        }
        return out.toString();
    }
}
