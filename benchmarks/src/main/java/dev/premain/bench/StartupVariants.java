package dev.premain.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The variants timed on each class path: baselines, comparison agents, and Premain's modes. */
final class StartupVariants {
    static final String HELLO = "hello";
    static final String CTORS_ONLY = "ctors=100 ordered=true items=unlinked";
    static final String EVERYTHING = "ctors=100 ordered=true items=1000";

    private final Layout layout;
    private final String java;
    private final String jdk;

    /**
     * @param layout where the jars are
     * @param java the {@code java} launcher to run
     * @param jdk a short tag of that JDK, which keeps its scan caches apart
     */
    StartupVariants(Layout layout, String java, String jdk) {
        this.layout = layout;
        this.java = java;
        this.jdk = jdk;
    }

    List<Variant> all(String set, List<Path> fillers) {
        String indexed = classPath(layout.appIndexed(), fillers);
        String plain = classPath(layout.appPlain(), fillers);
        List<Variant> all = new ArrayList<>();
        all.add(variant("bare", "no agent; prints hello", null, indexed, "app.Hello", HELLO, null));
        all.add(variant("empty-agent", "an agent whose premain does nothing; prints hello", agent("empty", null),
                indexed, "app.Hello", HELLO, null));
        // Why "-first" twins: the JVM appends an agent jar to the end of the class path, so loading the
        // agent's classes opens every jar before it; listing the agent jar first on -cp avoids that.
        all.add(variant("empty-agent-first", "the empty agent, its jar also first on -cp; prints hello",
                agent("empty", null), layout.agent("empty") + File.pathSeparator + indexed, "app.Hello", HELLO, null));
        all.add(variant("reference", "hand-written agent: precomputed list, 100 ctors via MethodHandles",
                agent("reference", null), indexed, "app.Main", CTORS_ONLY, null));
        all.add(variant("reference-full", "hand-written agent: precomputed lists, 1,000 items bound + 100 ctors",
                agent("reference-full", null), indexed, "app.Main", EVERYTHING, null));
        all.add(variant("serviceloader-main", "no agent; main runs 100 ServiceLoader providers",
                null, indexed, "app.ServiceMain", CTORS_ONLY, null));
        all.add(variant("serviceloader-agent", "agent runs 100 ServiceLoader providers",
                agent("serviceloader", null), indexed, "app.Main", CTORS_ONLY, null));
        all.add(variant("classgraph-app", "agent: raw ClassGraph (class+method+field+annotation) on package app",
                agent("classgraph", "app"), plain, "app.Main", CTORS_ONLY, null));
        all.add(variant("classgraph-full", "agent: raw ClassGraph (class+method+field+annotation), whole class path",
                agent("classgraph", "full"), plain, "app.Main", CTORS_ONLY, null));
        all.addAll(premain(set, indexed, plain));
        return all;
    }

    /** Premain's own modes; the scan variants run on the app jar compiled without the processor. */
    List<Variant> premain(String set, String indexed, String plain) {
        Path first = layout.cache(jdk, set, "first");
        List<Variant> variants = new ArrayList<>(List.of(
                premain("premain-indexed", "indexed app, cache=off (filler jars pre-filtered every start)",
                        "cache=off", indexed, null),
                premain("premain-indexed-cache", "indexed app, warm scan cache for the un-indexed jars",
                        "cache=" + layout.cache(jdk, set, "indexed"), indexed, null),
                premain("premain-indexed-first", "as premain-indexed-cache, premain-agent.jar also first on -cp",
                        "cache=" + layout.cache(jdk, set, "indexed"),
                        layout.premainAgent() + File.pathSeparator + indexed, null),
                premain("premain-cpindex", "indexed app + build-time class-path index, cache=off (no writable"
                        + " cache: a fresh container)", "cache=off,classpath-index=" + layout.classPathIndex(set),
                        indexed, null),
                premain("premain-cpindex-first", "as premain-cpindex, premain-agent.jar also first on -cp",
                        "cache=off,classpath-index=" + layout.classPathIndex(set),
                        layout.premainAgent() + File.pathSeparator + indexed, null),
                premain("premain-index-only", "indexed app, index=only (un-indexed jars ignored)",
                        "index=only", indexed, null),
                premain("premain-scan-first", "un-indexed app, first start (cache directory deleted before each run)",
                        "cache=" + first, plain, first),
                premain("premain-scan-warm", "un-indexed app, warm scan cache", "cache="
                        + layout.cache(jdk, set, "scan"), plain, null),
                premain("premain-scan-app", "un-indexed app, packages=app, cache=off", "packages=app,cache=off",
                        plain, null)));
        if (Files.isRegularFile(layout.baselineAgent())) {
            // Why the same app, API jar and options: the only difference is the agent build under test.
            variants.add(variant("premain-indexed-before", "as premain-indexed, with the BASELINE_AGENT jar",
                    "-javaagent:" + layout.baselineAgent() + "=cache=off", indexed, "app.Main", EVERYTHING, null));
            variants.add(variant("premain-indexed-cache-before", "as premain-indexed-cache, with the BASELINE_AGENT"
                    + " jar", "-javaagent:" + layout.baselineAgent() + "=cache=" + layout.cache(jdk, set, "before"),
                    indexed, "app.Main", EVERYTHING, null));
        }
        return variants;
    }

    /**
     * Writes the class path's build-time class-path index, as a build would, with the agent jar's
     * {@code index} command on the indexed app's class path.
     */
    void writeClassPathIndex(String set, List<Path> fillers) throws IOException, InterruptedException {
        Path out = layout.classPathIndex(set);
        Files.createDirectories(out.getParent());
        Process process = new ProcessBuilder(java, "-jar", layout.premainAgent().toString(), "index", "--class-path",
                classPath(layout.appIndexed(), fillers), "--out", out.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("The class-path index of " + set + " could not be written:\n" + output);
        }
    }

    private Variant premain(String name, String what, String options, String classPath, Path fresh) {
        return variant(name, what, "-javaagent:" + layout.premainAgent() + "=" + options, classPath, "app.Main",
                EVERYTHING, fresh);
    }

    private String agent(String name, String args) {
        return "-javaagent:" + layout.agent(name) + (args == null ? "" : "=" + args);
    }

    private Variant variant(String name, String what, String agentOption, String classPath, String main,
            String expected, Path fresh) {
        List<String> command = new ArrayList<>(List.of(java));
        if (agentOption != null) {
            command.add(agentOption);
        }
        command.addAll(List.of("-cp", classPath, main));
        return new Variant(name, what, command, expected, fresh);
    }

    private String classPath(Path app, List<Path> fillers) {
        StringBuilder path = new StringBuilder().append(app).append(File.pathSeparator).append(layout.api());
        for (Path jar : fillers) {
            path.append(File.pathSeparator).append(jar);
        }
        return path.toString();
    }
}
