package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.ScannedContribution;
import dev.premain.agent.internal.model.ScannedSection;
import java.util.List;

/**
 * One section and its contributions in their final, deterministic order.
 *
 * @param section the declaration
 * @param items the contributions, ordered by class name then member name
 */
public record SectionPlan(ScannedSection section, List<ScannedContribution> items) {
}
