package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.DeclaredMethod;
import java.util.List;

/** Plans made by hand, for tests of what consumes them (the audit's renderer). */
public final class Plans {
    private Plans() {
    }

    public static Plan of(List<SectionPlan> sections, List<DeclaredMethod> ctors, List<DeclaredMethod> dtors) {
        return new Plan(sections, ctors, dtors);
    }
}
