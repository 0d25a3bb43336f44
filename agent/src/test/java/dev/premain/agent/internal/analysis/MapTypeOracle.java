package dev.premain.agent.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@link TypeOracle} backed by a map of each type to its supertypes; it records every question. */
public final class MapTypeOracle implements TypeOracle {
    private final Map<String, Set<String>> supertypes;
    public final List<String> questions = new ArrayList<>();

    public MapTypeOracle(Map<String, Set<String>> supertypes) {
        this.supertypes = supertypes;
    }

    @Override
    public boolean isAssignable(String from, String to) {
        questions.add(from + " -> " + to);
        return from.equals(to) || supertypes.getOrDefault(from, Set.of()).contains(to);
    }
}
