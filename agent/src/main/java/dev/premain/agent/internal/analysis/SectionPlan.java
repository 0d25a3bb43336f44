package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredSection;
import java.util.List;

/**
 * One section and its contributions in their final, deterministic order.
 *
 * @param section the declaration
 * @param items the contributions, ordered by class name then member name
 */
public record SectionPlan(DeclaredSection section, List<DeclaredContribution> items) {
}
