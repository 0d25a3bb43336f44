package dev.premain.agent.internal.model;

import dev.premain.agent.internal.problem.Problem;
import java.util.List;

/**
 * Everything the scan found: plain data, no loaded classes, no user code run.
 *
 * @param ctors the {@code @Ctor} methods
 * @param dtors the {@code @Dtor} methods
 * @param sections the {@code @Section} fields
 * @param contributions the {@code @Contribute} members and classes
 * @param warnings problems with the class path itself (unreadable jars, missing entries)
 */
public record ScanResult(List<ScannedMethod> ctors, List<ScannedMethod> dtors, List<ScannedSection> sections,
        List<ScannedContribution> contributions, List<Problem> warnings) {
}
