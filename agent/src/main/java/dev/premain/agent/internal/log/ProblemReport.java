package dev.premain.agent.internal.log;

import dev.premain.agent.internal.problem.Problem;
import java.util.List;

/**
 * Problems as the lines of a report, the same words stderr gets ({@code error: TEXT}): for the
 * exceptions that {@code Premain.bootstrap()} and {@code Premain.register()} throw, which carry the
 * report to code that may not see stderr.
 */
public final class ProblemReport {
    private ProblemReport() {
    }

    /** One line (or more, with a cause) per problem, each preceded by a line break. */
    public static String lines(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append(problem.isError() ? "error: " : "warning: ")
                    .append(problem.text());
        }
        return text.toString();
    }
}
