package dev.premain.agent.internal;

import java.util.List;

/**
 * One section and its contributions in their final, deterministic order.
 *
 * @param section the declaration
 * @param items the contributions, ordered by class name then member name
 */
record SectionPlan(ScannedSection section, List<ScannedContribution> items) {
}
