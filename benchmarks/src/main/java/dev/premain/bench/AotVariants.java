package dev.premain.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JDK 25 AOT cache (JEP 483/514) comparison: a few variants with and without an AOT cache that
 * was trained with the same command line, the agent included.
 */
final class AotVariants {
    /**
     * The variants that get an AOT twin. Premain's are the realistic one (index plus warm scan cache)
     * and the same with premain-agent.jar also first on -cp: an AOT cache stores only classes from
     * the class path given at launch, not from the agent jar the JVM appends to it later.
     */
    static final List<String> BASES = List.of("bare", "empty-agent", "reference", "premain-indexed-cache",
            "premain-indexed-first", "premain-cpindex-first");

    private final Layout layout;
    private final ProcessTimer timer;

    AotVariants(Layout layout, ProcessTimer timer) {
        this.layout = layout;
        this.timer = timer;
    }

    /** Trains one AOT cache per base variant and returns each base followed by its AOT twin. */
    List<Variant> trained(String set, List<Variant> candidates) throws IOException, InterruptedException {
        List<Variant> paired = new ArrayList<>();
        for (Variant base : candidates) {
            if (!BASES.contains(base.name())) {
                continue;
            }
            RoundRunner.checked(base, timer.run(base)); // Warms the scan cache before training.
            Path aot = layout.aotCache(set, base.name());
            Files.createDirectories(aot.getParent());
            Files.deleteIfExists(aot);
            RoundRunner.progress("training the AOT cache " + aot.getFileName());
            // One step on JDK 25 (JEP 514): record, then assemble in a forked JVM at exit.
            Variant training = base.withJvmOptions("", "", List.of("-XX:AOTCacheOutput=" + aot));
            Sample trainingRun = timer.run(training);
            if (trainingRun.exitCode() != 0 || !trainingRun.stdout().contains(base.expected()) || !Files.exists(aot)) {
                throw new IllegalStateException("AOT training of " + base.name() + " failed: " + trainingRun);
            }
            paired.add(base);
            // Why AOTMode=on: the JVM then refuses to start without the cache, so a silently unusable
            // cache cannot pass for a slow one.
            paired.add(base.withJvmOptions("+aot", "; with its AOT cache", List.of("-XX:AOTCache=" + aot,
                    "-XX:AOTMode=on")));
        }
        return paired;
    }
}
