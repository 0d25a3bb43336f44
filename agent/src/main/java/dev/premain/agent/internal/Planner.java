package dev.premain.agent.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a validated scan into a {@link Plan}: a total, deterministic order for everything. */
final class Planner {
    private final Long shuffleSeed;
    private final List<Problem> problems = new ArrayList<>();

    /** @param shuffleSeed a seed that permutes ties to expose hidden order dependence, or null */
    Planner(Long shuffleSeed) {
        this.shuffleSeed = shuffleSeed;
    }

    Plan plan(ScanResult usable) {
        List<ScannedMethod> ctors = new MethodOrder("@Ctor", shuffleSeed, problems).order(usable.ctors());
        List<ScannedMethod> dtors = new MethodOrder("@Dtor", shuffleSeed, problems).order(usable.dtors());
        return new Plan(sections(usable), ctors, dtors);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    private static List<SectionPlan> sections(ScanResult usable) {
        Map<String, List<ScannedContribution>> items = new TreeMap<>();
        for (ScannedSection section : usable.sections()) {
            items.put(section.holder(), new ArrayList<>());
        }
        for (ScannedContribution item : usable.contributions()) {
            items.get(item.section()).add(item);
        }
        List<SectionPlan> plans = new ArrayList<>();
        for (ScannedSection section : usable.sections()) {
            List<ScannedContribution> ordered = items.get(section.holder());
            ordered.sort(Comparator.comparing(ScannedContribution::orderKey));
            plans.add(new SectionPlan(section, List.copyOf(ordered)));
        }
        plans.sort(Comparator.comparing(p -> p.section().holder()));
        return plans;
    }
}
