package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.Orders;
import dev.premain.agent.internal.model.ScanResult;
import dev.premain.agent.internal.model.ScannedContribution;
import dev.premain.agent.internal.model.ScannedMethod;
import dev.premain.agent.internal.model.ScannedSection;
import dev.premain.agent.internal.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a validated scan into a {@link Plan}: a total, deterministic order for everything. */
public final class Planner {
    private final Long shuffleSeed;
    private final List<Problem> problems = new ArrayList<>();

    /** @param shuffleSeed a seed that permutes ties to expose hidden order dependence, or null */
    public Planner(Long shuffleSeed) {
        this.shuffleSeed = shuffleSeed;
    }

    public Plan plan(ScanResult usable) {
        List<ScannedMethod> ctors = new MethodOrder("@Ctor", shuffleSeed, problems).order(usable.ctors());
        List<ScannedMethod> dtors = new MethodOrder("@Dtor", shuffleSeed, problems).order(usable.dtors());
        return new Plan(sections(usable), ctors, dtors);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private static List<SectionPlan> sections(ScanResult usable) {
        Map<String, List<ScannedContribution>> items = new HashMap<>();
        for (ScannedSection section : usable.sections()) {
            items.put(section.holder(), new ArrayList<>());
        }
        for (ScannedContribution item : usable.contributions()) {
            items.get(item.section()).add(item);
        }
        List<ScannedSection> byHolder = new ArrayList<>(usable.sections());
        byHolder.sort(Orders.SECTIONS_BY_HOLDER);
        List<SectionPlan> plans = new ArrayList<>();
        for (ScannedSection section : byHolder) {
            List<ScannedContribution> ordered = items.get(section.holder());
            ordered.sort(Orders.CONTRIBUTIONS_BY_KEY);
            plans.add(new SectionPlan(section, List.copyOf(ordered)));
        }
        return plans;
    }
}
