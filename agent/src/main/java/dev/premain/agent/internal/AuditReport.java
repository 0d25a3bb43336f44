package dev.premain.agent.internal;

import java.util.List;

/**
 * What the audit found: the plan that would run, and every problem.
 *
 * @param plan the plan
 * @param problems warnings and errors, in a stable order
 */
record AuditReport(Plan plan, List<Problem> problems) {
}
