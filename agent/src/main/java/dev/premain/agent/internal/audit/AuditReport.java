package dev.premain.agent.internal.audit;

import dev.premain.agent.internal.analysis.Plan;
import dev.premain.agent.internal.problem.Problem;
import java.util.List;
import java.util.Map;

/**
 * What the audit found: the plan that would run, every problem, and what only a launch can check.
 *
 * @param plan the plan
 * @param problems warnings and errors, in a stable order: exactly those the agent reports before it
 *     runs any user code
 * @param launchOnly the checks the audit cannot make because they need user code to run
 * @param pins each contributing jar (or directory) with its SHA-256, {@code null} for a directory, in
 *     first-use order: what a reviewer copies into {@code trust=sha256:...}
 * @param overlaps classes in several entries with different bytes, and split packages
 */
public record AuditReport(Plan plan, List<Problem> problems, List<String> launchOnly, Map<String, String> pins,
        List<String> overlaps) {
    /** A report without pins or overlaps, for renderer tests. */
    public AuditReport(Plan plan, List<Problem> problems, List<String> launchOnly) {
        this(plan, problems, launchOnly, Map.of(), List.of());
    }
}
