package dev.premain.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where run-startup.sh put everything: the app jars, the agents, the libraries and the class paths.
 *
 * @param work the harness's directory ({@code benchmarks/target/startup})
 * @param classPaths the directory with {@code syn*.cp} and {@code spring/}
 */
record Layout(Path work, Path classPaths) {
    Path appIndexed() {
        return work.resolve("app-indexed.jar");
    }

    Path appPlain() {
        return work.resolve("app-plain.jar");
    }

    Path api() {
        return work.resolve("lib/premain-api.jar");
    }

    Path premainAgent() {
        return work.resolve("lib/premain-agent.jar");
    }

    /** An earlier premain-agent.jar to compare with (run-startup.sh's BASELINE_AGENT), if given. */
    Path baselineAgent() {
        return work.resolve("lib/premain-agent-before.jar");
    }

    /** A comparison agent jar: {@code empty}, {@code reference}, {@code reference-full}, ... */
    Path agent(String name) {
        return work.resolve("agents/" + name + "-agent.jar");
    }

    /** A scan-cache directory of one class path, one JVM and one variant. */
    Path cache(String jdk, String set, String variant) {
        return work.resolve("cache/" + jdk + "/" + set + "/" + variant);
    }

    /** The build-time class-path index of one class path (the indexed app's), written before its rounds. */
    Path classPathIndex(String set) {
        return work.resolve("classpath-index/" + set + ".idx");
    }

    /** An AOT cache file of one class path and one variant. */
    Path aotCache(String set, String variant) {
        return work.resolve("aot/" + set + "-" + variant + ".aot");
    }

    /** The jars a class-path set adds after the app: none for {@code small}, else the generated or resolved ones. */
    List<Path> fillers(String set) throws IOException {
        if (set.equals("small")) {
            return List.of();
        }
        if (set.equals("spring")) {
            try (Stream<Path> jars = Files.list(classPaths.resolve("spring"))) {
                return jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
            }
        }
        List<Path> jars = new ArrayList<>();
        String list = Files.readString(classPaths.resolve(set + ".cp"), StandardCharsets.UTF_8).strip();
        for (String jar : list.split(":")) {
            jars.add(Path.of(jar));
        }
        return jars;
    }
}
