package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.options.TrustPolicy;

/**
 * The options that shape a plan.
 *
 * @param trust who may contribute
 * @param shuffleSeed a seed that permutes ties to expose hidden order dependence, or {@code null}
 */
public record AnalysisSettings(TrustPolicy trust, Long shuffleSeed) {
    /** Everyone trusted, no shuffling. */
    public static final AnalysisSettings DEFAULT = new AnalysisSettings(TrustPolicy.EVERYONE, null);
}
