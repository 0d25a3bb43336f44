package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.Orders;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.problem.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a validated scan into a {@link Plan}: a total, deterministic order for everything. */
final class Planner {
    private final Long shuffleSeed;
    private final Problems problems;

    /** @param shuffleSeed a seed that permutes ties to expose hidden order dependence, or null */
    Planner(Long shuffleSeed, Problems problems) {
        this.shuffleSeed = shuffleSeed;
        this.problems = problems;
    }

    Plan plan(Declarations usable) {
        List<DeclaredMethod> ctors = new MethodOrder("@Ctor", shuffleSeed, problems).order(usable.ctors());
        List<DeclaredMethod> dtors = new MethodOrder("@Dtor", shuffleSeed, problems).order(usable.dtors());
        return new Plan(sections(usable), ctors, dtors);
    }

    private static List<SectionPlan> sections(Declarations usable) {
        Map<String, List<DeclaredContribution>> items = new HashMap<>();
        for (DeclaredSection section : usable.sections()) {
            items.put(section.holder(), new ArrayList<>());
        }
        for (DeclaredContribution item : usable.contributions()) {
            items.get(item.section()).add(item);
        }
        List<DeclaredSection> byHolder = new ArrayList<>(usable.sections());
        byHolder.sort(Orders.SECTIONS_BY_HOLDER);
        List<SectionPlan> plans = new ArrayList<>();
        for (DeclaredSection section : byHolder) {
            List<DeclaredContribution> ordered = items.get(section.holder());
            ordered.sort(Orders.CONTRIBUTIONS_BY_KEY);
            plans.add(new SectionPlan(section, List.copyOf(ordered)));
        }
        return plans;
    }
}
