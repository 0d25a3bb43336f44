package dev.premain.agent.internal.audit;

import dev.premain.agent.internal.analysis.Plan;
import dev.premain.agent.internal.analysis.SectionPlan;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.internal.rules.ShapeRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a plan that only a launch can make, because they run user code (static
 * initializers, key functions, comparators, factories), which the audit never does: said per
 * section, so "Problems: (none)" never hides them.
 */
final class LaunchChecks {
    private LaunchChecks() {
    }

    static List<String> of(Plan plan) {
        List<String> checks = new ArrayList<>();
        for (SectionPlan section : plan.sections()) {
            String kind = ShapeRules.simpleName(section.section().sectionType());
            String name = "Section '" + section.section().holder() + "'";
            int computed = computed(section.items());
            if (kind.equals("MapSection") && section.items().size() > 1) {
                checks.add(name + ": its key function computes the keys, so duplicate keys among its "
                        + section.items().size() + " items are found only at launch.");
            } else if (kind.equals("SetSection") && computed > 0 && section.items().size() > 1) {
                checks.add(name + ": " + computed + " of its " + section.items().size() + " items are created by"
                        + " code, so equal items among them are found only at launch.");
            } else if (kind.equals("SortedSection") && section.items().size() > 1) {
                checks.add(name + ": its order comes from a comparator or compareTo, which runs only at launch.");
            }
        }
        if (!plan.sections().isEmpty() || !plan.ctors().isEmpty()) {
            checks.add("Every section field's value, every static initializer, every factory and constructor of a"
                    + " contribution, and every ctor run only at launch; what they throw is reported then.");
        }
        return checks;
    }

    private static int computed(List<DeclaredContribution> items) {
        int computed = 0;
        for (DeclaredContribution item : items) {
            computed += item.constant() == null ? 1 : 0;
        }
        return computed;
    }
}
