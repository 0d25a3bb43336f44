package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.ScanResult;
import dev.premain.agent.internal.problem.Problem;
import java.util.List;

/**
 * The outcome of validation: every problem found, and what is still usable.
 *
 * @param problems the problems, in a stable order
 * @param usable the scan result with every invalid entry removed
 */
public record Validation(List<Problem> problems, ScanResult usable) {
}
