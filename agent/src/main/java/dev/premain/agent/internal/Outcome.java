package dev.premain.agent.internal;

import dev.premain.agent.internal.log.ProblemReport;
import dev.premain.agent.internal.problem.ExitStatus;
import dev.premain.agent.internal.problem.Problem;
import java.util.List;

/**
 * How a bootstrap attempt ended.
 *
 * @param status the exit status; {@link ExitStatus#OK} when main may run
 * @param problems every problem reported
 * @param summary the report's last line, or {@code null}
 */
record Outcome(int status, List<Problem> problems, String summary) {
    static final Outcome OK = new Outcome(ExitStatus.OK, List.of(), null);

    boolean succeeded() {
        return status == ExitStatus.OK;
    }

    /** The report as one text, for an exception message: the same lines stderr got. */
    String report() {
        StringBuilder text = new StringBuilder(ProblemReport.lines(problems));
        if (summary != null) {
            text.append(System.lineSeparator()).append(summary);
        }
        return text.toString();
    }
}
