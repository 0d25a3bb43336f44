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

    /**
     * The same records, each naming {@code location} as where it is declared. Why: classes nested in a
     * jar (Spring Boot's {@code BOOT-INF/lib}) are parsed from a temporary copy, but are declared where
     * their class loader finds them.
     */
    public Declarations at(String location) {
        List<DeclaredMethod> movedCtors = new ArrayList<>();
        for (DeclaredMethod m : ctors) {
            movedCtors.add(new DeclaredMethod(m.className(), m.methodName(), m.descriptor(), m.modifiers(),
                    m.priority(), m.after(), location));
        }
        List<DeclaredMethod> movedDtors = new ArrayList<>();
        for (DeclaredMethod m : dtors) {
            movedDtors.add(new DeclaredMethod(m.className(), m.methodName(), m.descriptor(), m.modifiers(),
                    m.priority(), m.after(), location));
        }
        List<DeclaredSection> movedSections = new ArrayList<>();
        for (DeclaredSection d : sections) {
            movedSections.add(new DeclaredSection(d.holder(), d.fieldName(), d.modifiers(), d.sectionType(),
                    d.elementType(), location));
        }
        List<DeclaredContribution> movedContributions = new ArrayList<>();
        for (DeclaredContribution c : contributions) {
            movedContributions.add(new DeclaredContribution(c.section(), c.className(), c.memberName(), c.kind(),
                    c.modifiers(), c.type(), c.hasParameters(), c.constant(), location));
        }
        return new Declarations(List.copyOf(movedCtors), List.copyOf(movedDtors), List.copyOf(movedSections),
                List.copyOf(movedContributions));
    }

    /** Only the records whose declaring class {@code keep} accepts, in the same order. */
    public Declarations ofClasses(java.util.function.Predicate<String> keep) {
        List<DeclaredMethod> keptCtors = new ArrayList<>();
        for (DeclaredMethod m : ctors) {
            if (keep.test(m.className())) {
                keptCtors.add(m);
            }
        }
        List<DeclaredMethod> keptDtors = new ArrayList<>();
        for (DeclaredMethod m : dtors) {
            if (keep.test(m.className())) {
                keptDtors.add(m);
            }
        }
        List<DeclaredSection> keptSections = new ArrayList<>();
        for (DeclaredSection d : sections) {
            if (keep.test(d.holder())) {
                keptSections.add(d);
            }
        }
        List<DeclaredContribution> keptContributions = new ArrayList<>();
        for (DeclaredContribution c : contributions) {
            if (keep.test(c.className())) {
                keptContributions.add(c);
            }
        }
        return new Declarations(List.copyOf(keptCtors), List.copyOf(keptDtors), List.copyOf(keptSections),
                List.copyOf(keptContributions));
    }

    /** Whether nothing at all is declared. */
    public boolean isEmpty() {
        return ctors.isEmpty() && dtors.isEmpty() && sections.isEmpty() && contributions.isEmpty();
    }

    /** All the given declarations, in order, in one: cheaper than a chain of {@link #plus} calls. */
    public static Declarations concat(List<Declarations> parts) {
        if (parts.isEmpty()) {
            return NONE;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<DeclaredMethod> ctors = new ArrayList<>();
        List<DeclaredMethod> dtors = new ArrayList<>();
        List<DeclaredSection> sections = new ArrayList<>();
        List<DeclaredContribution> contributions = new ArrayList<>();
        for (Declarations part : parts) {
            ctors.addAll(part.ctors);
            dtors.addAll(part.dtors);
            sections.addAll(part.sections);
            contributions.addAll(part.contributions);
        }
        return new Declarations(List.copyOf(ctors), List.copyOf(dtors), List.copyOf(sections),
                List.copyOf(contributions));
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
