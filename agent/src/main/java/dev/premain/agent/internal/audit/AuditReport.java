package dev.premain.agent.internal.audit;

import dev.premain.agent.internal.analysis.Plan;
import dev.premain.agent.internal.problem.Problem;
import java.util.List;

/**
 * What the audit found: the plan that would run, and every problem.
 *
 * @param plan the plan
 * @param problems warnings and errors, in a stable order
 */
public record AuditReport(Plan plan, List<Problem> problems) {
}
