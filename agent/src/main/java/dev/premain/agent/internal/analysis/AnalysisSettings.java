package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.options.TrustPolicy;
import java.util.Set;

/**
 * The options that shape a plan.
 *
 * @param trust who may contribute
 * @param shuffleSeed a seed that permutes ties to expose hidden order dependence, or {@code null}
 * @param cachedLocations the class-path entries whose records came from a scan cache, to be checked
 *     against their class files
 */
public record AnalysisSettings(TrustPolicy trust, Long shuffleSeed, Set<String> cachedLocations) {
    /** Settings for records that came from no cache. */
    public AnalysisSettings(TrustPolicy trust, Long shuffleSeed) {
        this(trust, shuffleSeed, Set.of());
    }

    /** Everyone trusted, no shuffling. */
    public static final AnalysisSettings DEFAULT = new AnalysisSettings(TrustPolicy.EVERYONE, null);
}
