package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.problem.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds equal constants contributed to one set section: the clash the runtime would find when
 * linking, found from class files alone, so the audit reports it too, in the same words. Keeps the
 * first in section order and drops the others, as linking does. Map keys come from a key function
 * (code), so they are checked only at launch.
 */
final class ConstantClashCheck {
    private static final String SET_SECTION = "dev.premain.SetSection";

    private final Problems problems;

    ConstantClashCheck(Problems problems) {
        this.problems = problems;
    }

    Plan check(Plan plan) {
        List<SectionPlan> sections = new ArrayList<>();
        for (SectionPlan section : plan.sections()) {
            sections.add(section.section().sectionType().equals(SET_SECTION) ? withoutClashes(section) : section);
        }
        return new Plan(sections, plan.ctors(), plan.dtors());
    }

    private SectionPlan withoutClashes(SectionPlan section) {
        Map<Object, DeclaredContribution> first = new HashMap<>();
        List<DeclaredContribution> kept = new ArrayList<>();
        for (DeclaredContribution item : section.items()) {
            DeclaredContribution earlier = item.constant() == null ? null : first.putIfAbsent(item.constant(), item);
            if (earlier == null) {
                kept.add(item);
            } else {
                problems.add(Clashes.of(section.section(), false, earlier, item));
            }
        }
        return kept.size() == section.items().size() ? section : new SectionPlan(section.section(), kept);
    }
}
