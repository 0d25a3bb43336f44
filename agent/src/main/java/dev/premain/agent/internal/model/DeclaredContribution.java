package dev.premain.agent.internal.model;

import dev.premain.internal.rules.ContributionShape;

/**
 * A {@code @Contribute} field, method or class as read from a class file.
 *
 * @param section binary name of the section's declaring class (the annotation's value)
 * @param className binary name of the contributing class
 * @param memberName field or method name, or {@code null} for a class contribution
 * @param kind what is contributed
 * @param modifiers modifier bits of the member (or class)
 * @param type binary name of the field type / method return type / the class itself; primitive
 *     types by their keyword ({@code int})
 * @param hasParameters whether a method takes parameters, or a class lacks a no-arg constructor
 * @param constant a compile-time constant value read from the class file, or {@code null}
 * @param location the jar or directory the class came from
 */
public record DeclaredContribution(String section, String className, String memberName, MemberKind kind,
        int modifiers, String type, boolean hasParameters, Object constant, String location) {

    /** {@code com.acme.Cmds.LIST}, or just the class name for a class contribution. */
    public String displayName() {
        return memberName == null ? className : className + "." + memberName;
    }

    /** The order key within a section: class name, then member (a class sorts before its members). */
    public String orderKey() {
        return memberName == null ? className : className + "#" + memberName;
    }

    /** What the shape rules need to know of this contribution. */
    public ContributionShape shape() {
        return new ContributionShape(ContributionShape.Kind.valueOf(kind.name()), className, memberName, modifiers,
                type, hasParameters, section);
    }

    /** {@code @Contribute field 'com.acme.Cmds.LIST'}: how messages name the contribution. */
    public String subject() {
        return shape().subject();
    }
}
