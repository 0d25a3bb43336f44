package dev.premain.agent.internal.analysis;

import dev.premain.internal.rules.ShapeRules;
import dev.premain.agent.internal.model.Orders;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * Orders ctors (or dtors): lower priority first, never before what they are {@code after}, ties by
 * class then method name (or by a seeded permutation when shuffling).
 */
public final class MethodOrder {
    private final String annotation;
    private final Long shuffleSeed;
    private final Problems problems;

    public MethodOrder(String annotation, Long shuffleSeed, Problems problems) {
        this.annotation = annotation;
        this.shuffleSeed = shuffleSeed;
        this.problems = problems;
    }

    public List<DeclaredMethod> order(List<DeclaredMethod> methods) {
        List<DeclaredMethod> byName = new ArrayList<>(methods);
        byName.sort(Orders.METHODS_BY_NAME);
        if (shuffleSeed == null && !anyDependencies(byName)) {
            byName.sort(Orders.METHODS_BY_PRIORITY); // Why a plain sort: no 'after' edges, so no graph to walk.
            return List.copyOf(byName);
        }
        Map<DeclaredMethod, List<DeclaredMethod>> runsBefore = edges(byName);
        Map<DeclaredMethod, Integer> waitingOn = new IdentityHashMap<>();
        for (List<DeclaredMethod> next : runsBefore.values()) {
            for (DeclaredMethod method : next) {
                waitingOn.merge(method, 1, Integer::sum);
            }
        }
        PriorityQueue<DeclaredMethod> ready = new PriorityQueue<>(tieBreak(byName));
        for (DeclaredMethod method : byName) {
            if (!waitingOn.containsKey(method)) {
                ready.add(method);
            }
        }
        List<DeclaredMethod> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            DeclaredMethod next = ready.poll();
            ordered.add(next);
            for (DeclaredMethod dependent : runsBefore.get(next)) {
                if (waitingOn.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        if (ordered.size() < byName.size()) {
            reportCycle(byName, ordered, runsBefore);
        }
        return List.copyOf(ordered);
    }

    private static boolean anyDependencies(List<DeclaredMethod> methods) {
        for (DeclaredMethod method : methods) {
            if (!method.after().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** For each method, the methods that must wait for it; unknown {@code after} targets are reported. */
    private Map<DeclaredMethod, List<DeclaredMethod>> edges(List<DeclaredMethod> byName) {
        Map<String, List<DeclaredMethod>> byClass = new HashMap<>();
        Map<DeclaredMethod, List<DeclaredMethod>> runsBefore = new IdentityHashMap<>();
        for (DeclaredMethod method : byName) {
            List<DeclaredMethod> sameClass = byClass.get(method.className());
            if (sameClass == null) {
                sameClass = new ArrayList<>();
                byClass.put(method.className(), sameClass);
            }
            sameClass.add(method);
            runsBefore.put(method, new ArrayList<>());
        }
        for (DeclaredMethod method : byName) {
            for (String target : new LinkedHashSet<>(method.after())) {
                List<DeclaredMethod> predecessors = byClass.get(target);
                if (predecessors == null) {
                    problems.add(Problem.error(ProblemCode.AFTER_UNKNOWN, annotation + " method '"
                            + method.displayName() + "'", "is declared after '" + target + "', but that class has no"
                            + " valid " + annotation + " method", method.location(), "The dependency cannot be"
                            + " honoured, so the order is not what was declared.", "Remove '"
                            + ShapeRules.simpleName(target) + ".class' from 'after', or add a " + annotation
                            + " method to it."));
                    continue;
                }
                for (DeclaredMethod predecessor : predecessors) {
                    if (predecessor != method) {
                        runsBefore.get(predecessor).add(method);
                    }
                }
            }
        }
        return runsBefore;
    }

    private Comparator<DeclaredMethod> tieBreak(List<DeclaredMethod> byName) {
        if (shuffleSeed == null) {
            return Orders.METHODS_BY_PRIORITY;
        }
        Comparator<DeclaredMethod> byPriority = Comparator.comparingInt(DeclaredMethod::priority);
        List<DeclaredMethod> permuted = new ArrayList<>(byName);
        Collections.shuffle(permuted, new Random(shuffleSeed));
        Map<DeclaredMethod, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < permuted.size(); i++) {
            rank.put(permuted.get(i), i);
        }
        return byPriority.thenComparing(rank::get);
    }

    private void reportCycle(List<DeclaredMethod> byName, List<DeclaredMethod> ordered,
            Map<DeclaredMethod, List<DeclaredMethod>> runsBefore) {
        Set<DeclaredMethod> done = Collections.newSetFromMap(new IdentityHashMap<>());
        done.addAll(ordered);
        Set<DeclaredMethod> stuck = Collections.newSetFromMap(new IdentityHashMap<>());
        DeclaredMethod first = null;
        for (DeclaredMethod method : byName) {
            if (!done.contains(method) && stuck.add(method) && first == null) {
                first = method;
            }
        }
        List<DeclaredMethod> cycle = findCycle(first, byName, stuck, runsBefore);
        StringBuilder path = new StringBuilder();
        for (DeclaredMethod method : cycle) {
            path.append('\'').append(method.displayName()).append("' runs after ");
        }
        path.append('\'').append(cycle.get(0).displayName()).append('\'');
        problems.add(Problem.error(ProblemCode.DEPENDENCY_CYCLE, annotation + " methods", "depend on each other in"
                + " a cycle: " + path, cycle.get(0).location(), "None of the " + stuck.size() + " " + annotation
                + " methods in or after the cycle runs.", "Remove one of the 'after' dependencies."));
    }

    /** Walks backwards along "runs after" edges from the first stuck method until a method repeats. */
    private static List<DeclaredMethod> findCycle(DeclaredMethod first, List<DeclaredMethod> byName,
            Set<DeclaredMethod> stuck, Map<DeclaredMethod, List<DeclaredMethod>> runsBefore) {
        Map<DeclaredMethod, DeclaredMethod> waitsFor = new IdentityHashMap<>();
        for (DeclaredMethod before : byName) { // Why byName: a stable walk names the same cycle every run.
            if (!stuck.contains(before)) {
                continue;
            }
            for (DeclaredMethod after : runsBefore.get(before)) {
                if (stuck.contains(after)) {
                    waitsFor.putIfAbsent(after, before);
                }
            }
        }
        List<DeclaredMethod> walk = new ArrayList<>();
        Map<DeclaredMethod, Integer> position = new IdentityHashMap<>();
        DeclaredMethod current = first;
        while (!position.containsKey(current)) {
            position.put(current, walk.size());
            walk.add(current);
            current = waitsFor.get(current);
        }
        return walk.subList(position.get(current), walk.size());
    }
}
