package dev.premain.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every variant's output once, then times them in interleaved rounds: round {@code r} runs
 * each variant once, in the variant order rotated by {@code r}, so drift of the machine's speed
 * hits every variant alike and no variant always follows the same neighbour.
 */
final class RoundRunner {
    private final ProcessTimer timer;
    private final int rounds;

    RoundRunner(ProcessTimer timer, int rounds) {
        this.timer = timer;
        this.rounds = rounds;
    }

    SetResult measure(String title, String set, int jars, List<Variant> variants)
            throws IOException, InterruptedException {
        List<String> notes = new ArrayList<>();
        for (Variant variant : variants) {
            // The check run also warms the OS page cache and the warm-cache variants' scan caches.
            Sample check = checked(variant, timer.run(variant));
            if (!check.stderr().isBlank()) {
                notes.add(variant.name() + ": " + check.stderr().strip().replace('\n', ' '));
            }
        }
        String loadBefore = MachineInfo.loadAverage();
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        variants.forEach(v -> samples.put(v.name(), new ArrayList<>()));
        for (int r = 0; r < rounds; r++) {
            progress(title + ": round " + (r + 1) + "/" + rounds);
            for (int k = 0; k < variants.size(); k++) {
                Variant variant = variants.get((k + r) % variants.size());
                samples.get(variant.name()).add(checked(variant, timer.run(variant)));
            }
        }
        String load = "load average (1, 5, 15 min) " + loadBefore + " before the rounds, " + MachineInfo.loadAverage()
                + " after";
        return new SetResult(title, set, jars, variants, samples, notes, load);
    }

    static Sample checked(Variant variant, Sample sample) {
        if (sample.exitCode() != 0 || !sample.stdout().strip().equals(variant.expected())) {
            throw new IllegalStateException("Variant " + variant.name() + " printed the wrong output, so it is not"
                    + " timed.\n  command: " + String.join(" ", variant.command()) + "\n  exit: " + sample.exitCode()
                    + "\n  expected: " + variant.expected() + "\n  stdout: " + sample.stdout().strip()
                    + "\n  stderr: " + sample.stderr().strip());
        }
        return sample;
    }

    static void progress(String line) {
        System.err.println("[startup] " + line);
    }
}
