package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.Problems;
import java.util.List;

/** A {@link ScanValidator} run, for tests: what it kept and what it reported. */
record Validation(List<Problem> problems, Declarations usable) {

    static Validation of(TypeOracle types, Declarations scan) {
        Problems problems = new Problems();
        Declarations usable = new ScanValidator(types, problems).validate(scan);
        return new Validation(problems.all(), usable);
    }
}
