package dev.premain.shade;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every index its own entry name in the shaded jar.
 *
 * <p>Why not merge indexes that share a name: the agent trusts an index only for the classes it
 * covers, and a merged one would still be one index per jar; but two indexes in one jar are fine, so
 * each keeps its own file. The second {@code ID.idx} becomes {@code ID-2.idx}, and so on, skipping
 * every name an input already has; an exact copy of an index already written under that name is
 * dropped, as the agent would reject two indexes covering the same classes.
 */
final class EntryNames {
    private static final String SUFFIX = ".idx";

    private EntryNames() {
    }

    /** The entries to write, in input order, each under a distinct name. */
    static List<IndexEntry> assign(List<IndexEntry> inputs) {
        Set<String> reserved = new HashSet<>();
        inputs.forEach(input -> reserved.add(input.name()));
        Set<String> used = new HashSet<>();
        List<IndexEntry> out = new ArrayList<>();
        for (IndexEntry input : inputs) {
            if (used.add(input.name())) {
                out.add(input);
            } else if (!isCopy(input, out)) {
                String name = freeName(input.name(), reserved, used);
                used.add(name);
                out.add(input.named(name));
            }
        }
        return out;
    }

    private static boolean isCopy(IndexEntry input, List<IndexEntry> written) {
        return written.stream().anyMatch(entry -> entry.text().equals(input.text()));
    }

    private static String freeName(String name, Set<String> reserved, Set<String> used) {
        String stem = name.substring(0, name.length() - SUFFIX.length());
        for (int n = 2;; n++) {
            String candidate = stem + "-" + n + SUFFIX;
            if (!reserved.contains(candidate) && !used.contains(candidate)) {
                return candidate;
            }
        }
    }
}
