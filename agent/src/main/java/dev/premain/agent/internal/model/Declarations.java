package dev.premain.agent.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything declared on a class path, as found by discovery (from indexes, caches or class
 * files): plain data, no loaded classes, no user code run.
 *
 * @param ctors the {@code @Ctor} methods
 * @param dtors the {@code @Dtor} methods
 * @param sections the {@code @Section} fields
 * @param contributions the {@code @Contribute} members and classes
 */
public record Declarations(List<DeclaredMethod> ctors, List<DeclaredMethod> dtors, List<DeclaredSection> sections,
        List<DeclaredContribution> contributions) {
    /** Nothing declared. */
    public static final Declarations NONE = new Declarations(List.of(), List.of(), List.of(), List.of());

    /** Every class that declares something here, sorted: what a cache file written from these covers. */
    public Set<String> declaringClasses() {
        Set<String> classes = new TreeSet<>();
        for (DeclaredMethod ctor : ctors) {
            classes.add(ctor.className());
        }
        for (DeclaredMethod dtor : dtors) {
            classes.add(dtor.className());
        }
        for (DeclaredSection section : sections) {
            classes.add(section.holder());
        }
        for (DeclaredContribution contribution : contributions) {
            classes.add(contribution.className());
        }
        return classes;
    }

    /** Whether nothing at all is declared. */
    public boolean isEmpty() {
        return ctors.isEmpty() && dtors.isEmpty() && sections.isEmpty() && contributions.isEmpty();
    }

    /** These declarations followed by {@code more}'s. */
    public Declarations plus(Declarations more) {
        return new Declarations(concat(ctors, more.ctors), concat(dtors, more.dtors), concat(sections, more.sections),
                concat(contributions, more.contributions));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        if (second.isEmpty()) {
            return first;
        }
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
