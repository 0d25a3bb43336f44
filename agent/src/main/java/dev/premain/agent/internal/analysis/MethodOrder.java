package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.Orders;
import dev.premain.agent.internal.model.ScannedMethod;
import dev.premain.agent.internal.problem.Problem;
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
    private final List<Problem> problems;

    public MethodOrder(String annotation, Long shuffleSeed, List<Problem> problems) {
        this.annotation = annotation;
        this.shuffleSeed = shuffleSeed;
        this.problems = problems;
    }

    public List<ScannedMethod> order(List<ScannedMethod> methods) {
        List<ScannedMethod> byName = new ArrayList<>(methods);
        byName.sort(Orders.METHODS_BY_NAME);
        if (shuffleSeed == null && !anyDependencies(byName)) {
            byName.sort(Orders.METHODS_BY_PRIORITY); // Why a plain sort: no 'after' edges, so no graph to walk.
            return List.copyOf(byName);
        }
        Map<ScannedMethod, List<ScannedMethod>> runsBefore = edges(byName);
        Map<ScannedMethod, Integer> waitingOn = new IdentityHashMap<>();
        for (List<ScannedMethod> next : runsBefore.values()) {
            for (ScannedMethod method : next) {
                waitingOn.merge(method, 1, Integer::sum);
            }
        }
        PriorityQueue<ScannedMethod> ready = new PriorityQueue<>(tieBreak(byName));
        for (ScannedMethod method : byName) {
            if (!waitingOn.containsKey(method)) {
                ready.add(method);
            }
        }
        List<ScannedMethod> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            ScannedMethod next = ready.poll();
            ordered.add(next);
            for (ScannedMethod dependent : runsBefore.get(next)) {
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

    private static boolean anyDependencies(List<ScannedMethod> methods) {
        for (ScannedMethod method : methods) {
            if (!method.after().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** For each method, the methods that must wait for it; unknown {@code after} targets are reported. */
    private Map<ScannedMethod, List<ScannedMethod>> edges(List<ScannedMethod> byName) {
        Map<String, List<ScannedMethod>> byClass = new HashMap<>();
        Map<ScannedMethod, List<ScannedMethod>> runsBefore = new IdentityHashMap<>();
        for (ScannedMethod method : byName) {
            List<ScannedMethod> sameClass = byClass.get(method.className());
            if (sameClass == null) {
                sameClass = new ArrayList<>();
                byClass.put(method.className(), sameClass);
            }
            sameClass.add(method);
            runsBefore.put(method, new ArrayList<>());
        }
        for (ScannedMethod method : byName) {
            for (String target : new LinkedHashSet<>(method.after())) {
                List<ScannedMethod> predecessors = byClass.get(target);
                if (predecessors == null) {
                    problems.add(Problem.error(String.format("%s method '%s' is declared after '%s', but that class"
                            + " has no valid %s method (in %s). The dependency cannot be honoured, so the order is"
                            + " not what was declared. Remove '%s' from 'after', or add a %s method to it.",
                            annotation, method.displayName(), target, annotation, method.location(),
                            ScanValidator.simpleName(target) + ".class", annotation)));
                    continue;
                }
                for (ScannedMethod predecessor : predecessors) {
                    if (predecessor != method) {
                        runsBefore.get(predecessor).add(method);
                    }
                }
            }
        }
        return runsBefore;
    }

    private Comparator<ScannedMethod> tieBreak(List<ScannedMethod> byName) {
        if (shuffleSeed == null) {
            return Orders.METHODS_BY_PRIORITY;
        }
        Comparator<ScannedMethod> byPriority = Comparator.comparingInt(ScannedMethod::priority);
        List<ScannedMethod> permuted = new ArrayList<>(byName);
        Collections.shuffle(permuted, new Random(shuffleSeed));
        Map<ScannedMethod, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < permuted.size(); i++) {
            rank.put(permuted.get(i), i);
        }
        return byPriority.thenComparing(rank::get);
    }

    private void reportCycle(List<ScannedMethod> byName, List<ScannedMethod> ordered,
            Map<ScannedMethod, List<ScannedMethod>> runsBefore) {
        Set<ScannedMethod> done = Collections.newSetFromMap(new IdentityHashMap<>());
        done.addAll(ordered);
        Set<ScannedMethod> stuck = Collections.newSetFromMap(new IdentityHashMap<>());
        ScannedMethod first = null;
        for (ScannedMethod method : byName) {
            if (!done.contains(method) && stuck.add(method) && first == null) {
                first = method;
            }
        }
        List<ScannedMethod> cycle = findCycle(first, byName, stuck, runsBefore);
        StringBuilder path = new StringBuilder();
        for (ScannedMethod method : cycle) {
            path.append('\'').append(method.displayName()).append("' runs after ");
        }
        path.append('\'').append(cycle.get(0).displayName()).append('\'');
        problems.add(Problem.error(String.format("%s methods depend on each other in a cycle: %s (in %s). None of"
                + " the %d %s methods in or after the cycle runs. Remove one of the 'after' dependencies.",
                annotation, path, cycle.get(0).location(), stuck.size(), annotation)));
    }

    /** Walks backwards along "runs after" edges from the first stuck method until a method repeats. */
    private static List<ScannedMethod> findCycle(ScannedMethod first, List<ScannedMethod> byName,
            Set<ScannedMethod> stuck, Map<ScannedMethod, List<ScannedMethod>> runsBefore) {
        Map<ScannedMethod, ScannedMethod> waitsFor = new IdentityHashMap<>();
        for (ScannedMethod before : byName) { // Why byName: a stable walk names the same cycle every run.
            if (!stuck.contains(before)) {
                continue;
            }
            for (ScannedMethod after : runsBefore.get(before)) {
                if (stuck.contains(after)) {
                    waitsFor.putIfAbsent(after, before);
                }
            }
        }
        List<ScannedMethod> walk = new ArrayList<>();
        Map<ScannedMethod, Integer> position = new IdentityHashMap<>();
        ScannedMethod current = first;
        while (!position.containsKey(current)) {
            position.put(current, walk.size());
            walk.add(current);
            current = waitsFor.get(current);
        }
        return walk.subList(position.get(current), walk.size());
    }
}
