package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.options.TrustPolicy;
import java.util.Map;

/**
 * The options that shape a plan.
 *
 * @param trust who may contribute
 * @param shuffleSeed a seed that permutes ties to expose hidden order dependence, or {@code null}
 * @param cachedLocations the class-path entries whose records came from a hint (a scan cache or the
 *     class-path index), to be checked against their class files, each with how a refusal names it
 */
public record AnalysisSettings(TrustPolicy trust, Long shuffleSeed, Map<String, String> cachedLocations) {
    /** Settings for records that came from no cache. */
    public AnalysisSettings(TrustPolicy trust, Long shuffleSeed) {
        this(trust, shuffleSeed, Map.of());
    }

    /** Everyone trusted, no shuffling. */
    public static final AnalysisSettings DEFAULT = new AnalysisSettings(TrustPolicy.EVERYONE, null);
}
