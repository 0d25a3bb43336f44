package dev.premain.agent.internal.model;

import java.util.Comparator;

/**
 * The deterministic orders of the plan, as plain classes. Why not {@code Comparator.comparing}
 * lambdas: each lambda call site spins a class at first use, about a millisecond apiece, and this
 * code runs before main on every start.
 */
public final class Orders {
    /** Class name, then method name, then descriptor: the stable tie-break for ctors and dtors. */
    public static final Comparator<DeclaredMethod> METHODS_BY_NAME = new MethodsByName();
    /** Priority, then {@link #METHODS_BY_NAME}. */
    public static final Comparator<DeclaredMethod> METHODS_BY_PRIORITY = new MethodsByPriority();
    /** Section, then contributing class, then member: the order validation reports problems in. */
    public static final Comparator<DeclaredContribution> CONTRIBUTIONS_BY_SECTION = new ContributionsBySection();
    /** Contributing class, then member (a class before its members): the order of items in a section. */
    public static final Comparator<DeclaredContribution> CONTRIBUTIONS_BY_KEY = new ContributionsByKey();
    /** Declaring class, then field. */
    public static final Comparator<DeclaredSection> SECTIONS_BY_HOLDER = new SectionsByHolder();

    private Orders() {
    }

    private static final class MethodsByName implements Comparator<DeclaredMethod> {
        @Override
        public int compare(DeclaredMethod a, DeclaredMethod b) {
            int byClass = a.className().compareTo(b.className());
            if (byClass != 0) {
                return byClass;
            }
            int byMethod = a.methodName().compareTo(b.methodName());
            return byMethod != 0 ? byMethod : a.descriptor().compareTo(b.descriptor());
        }
    }

    private static final class MethodsByPriority implements Comparator<DeclaredMethod> {
        @Override
        public int compare(DeclaredMethod a, DeclaredMethod b) {
            int byPriority = Integer.compare(a.priority(), b.priority());
            return byPriority != 0 ? byPriority : METHODS_BY_NAME.compare(a, b);
        }
    }

    private static final class ContributionsBySection implements Comparator<DeclaredContribution> {
        @Override
        public int compare(DeclaredContribution a, DeclaredContribution b) {
            int bySection = a.section().compareTo(b.section());
            return bySection != 0 ? bySection : CONTRIBUTIONS_BY_KEY.compare(a, b);
        }
    }

    private static final class ContributionsByKey implements Comparator<DeclaredContribution> {
        @Override
        public int compare(DeclaredContribution a, DeclaredContribution b) {
            // The order of orderKey() ("Class" before "Class#member"), without building those strings.
            int byClass = a.className().compareTo(b.className());
            if (byClass != 0 || a.memberName() == null && b.memberName() == null) {
                return byClass;
            }
            if (a.memberName() == null || b.memberName() == null) {
                return a.memberName() == null ? -1 : 1;
            }
            return a.memberName().compareTo(b.memberName());
        }
    }

    private static final class SectionsByHolder implements Comparator<DeclaredSection> {
        @Override
        public int compare(DeclaredSection a, DeclaredSection b) {
            int byHolder = a.holder().compareTo(b.holder());
            return byHolder != 0 ? byHolder : a.fieldName().compareTo(b.fieldName());
        }
    }
}
