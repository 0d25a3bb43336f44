package dev.premain.agent.internal.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way problems are collected: every stage of one run reports into the same instance, in
 * the order it finds them. Not thread-safe: a run is one thread (the premain thread).
 */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    public int errorCount() {
        int errors = 0;
        for (Problem problem : found) {
            errors += problem.isError() ? 1 : 0;
        }
        return errors;
    }

    public int size() {
        return found.size();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Every problem so far, in the order found; an immutable copy. */
    public List<Problem> all() {
        return List.copyOf(found);
    }
}
