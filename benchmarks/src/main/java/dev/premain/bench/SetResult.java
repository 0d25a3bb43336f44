package dev.premain.bench;

import java.util.List;
import java.util.Map;

/**
 * The measured rounds of every variant on one class path and one JDK.
 *
 * @param title the heading, e.g. {@code syn10k, JDK 17}
 * @param set the class-path set
 * @param jars how many jars the class path has, the app's two included
 * @param variants the variants, in table order
 * @param samples each variant's samples in round order, by variant name
 * @param notes anything the check runs printed on stderr, one line per variant that did
 * @param load the load averages before and after the rounds, as other work on the machine disturbs them
 */
record SetResult(String title, String set, int jars, List<Variant> variants, Map<String, List<Sample>> samples,
        List<String> notes, String load) {

    List<Sample> of(String variant) {
        List<Sample> found = samples.get(variant);
        if (found == null) {
            throw new IllegalArgumentException("no variant " + variant + " in " + title);
        }
        return found;
    }

    boolean has(String variant) {
        return samples.containsKey(variant);
    }
}
