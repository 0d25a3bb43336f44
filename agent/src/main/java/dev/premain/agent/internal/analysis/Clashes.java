package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;

/**
 * The words for two contributions that may not coexist in one section, shared by the analysis
 * (equal constants) and the runtime (keys and members computed by code), so both say the same.
 */
public final class Clashes {
    private Clashes() {
    }

    /**
     * Two contributions with the same key (a map section) or equal values (a set section).
     *
     * @param section the section
     * @param byKey whether the section is a map section
     * @param first the contribution that is kept
     * @param second the contribution that is dropped
     * @return the error
     */
    public static Problem of(DeclaredSection section, boolean byKey, DeclaredContribution first,
            DeclaredContribution second) {
        return Problem.error(byKey ? ProblemCode.DUPLICATE_KEY : ProblemCode.DUPLICATE_ITEM, "Section '"
                + section.holder() + "'", "got " + (byKey ? "the same key" : "equal items") + " from '"
                + first.displayName() + "' (in " + first.location() + ") and '" + second.displayName() + "'",
                second.location(), "Only the first is kept.", "Give each contribution a distinct "
                + (byKey ? "key" : "value") + ".");
    }
}
