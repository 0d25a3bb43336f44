package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.DeclaredMethod;
import java.util.List;

/**
 * What the runtime will do, in order: link these sections, run these ctors, register these dtors.
 * Only {@link Analysis} makes plans (the constructor is package-private), so holding a {@code Plan}
 * means holding something validated, trust-checked and ordered: "validated" is a type.
 */
public final class Plan {
    private final List<SectionPlan> sections;
    private final List<DeclaredMethod> ctors;
    private final List<DeclaredMethod> dtors;

    Plan(List<SectionPlan> sections, List<DeclaredMethod> ctors, List<DeclaredMethod> dtors) {
        this.sections = List.copyOf(sections);
        this.ctors = List.copyOf(ctors);
        this.dtors = List.copyOf(dtors);
    }

    /** The sections, by declaring class, each with its contributions in section order. */
    public List<SectionPlan> sections() {
        return sections;
    }

    /** The ctors in run order. */
    public List<DeclaredMethod> ctors() {
        return ctors;
    }

    /** The dtors in plan order; they run in reverse. */
    public List<DeclaredMethod> dtors() {
        return dtors;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Plan that && sections.equals(that.sections) && ctors.equals(that.ctors)
                && dtors.equals(that.dtors);
    }

    @Override
    public int hashCode() {
        return (sections.hashCode() * 31 + ctors.hashCode()) * 31 + dtors.hashCode();
    }

    @Override
    public String toString() {
        return "Plan[sections=" + sections + ", ctors=" + ctors + ", dtors=" + dtors + "]";
    }
}
