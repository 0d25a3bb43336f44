package dev.premain.agent.internal;

import java.util.List;

/**
 * The outcome of validation: every problem found, and what is still usable.
 *
 * @param problems the problems, in a stable order
 * @param usable the scan result with every invalid entry removed
 */
record Validation(List<Problem> problems, ScanResult usable) {
}
