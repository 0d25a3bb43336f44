package dev.premain.processor;

/**
 * A {@code @Contribute} field, method or class, spelled as the agent's scanner reads it.
 *
 * @param section binary name of the class named in {@code @Contribute}
 * @param className binary name of the contributing class
 * @param member the field or method name, {@code null} for a class contribution
 * @param kind {@code FIELD}, {@code METHOD} or {@code CLASS}
 * @param modifiers the member's (or class's) modifier bits
 * @param type the field type, method return type or the class itself, erased
 * @param hasParameters whether a method declares parameters, or a class lacks a no-arg constructor
 * @param constant the compile-time constant value of a field, or {@code null}
 */
record Contribution(String section, String className, String member, String kind, int modifiers, String type,
        boolean hasParameters, Object constant) {

    /** {@code com.acme.Cmds.LIST}, or the class name for a class contribution. */
    String displayName() {
        return member == null ? className : className + "." + member;
    }

    /** The same contribution to section {@code name}. */
    Contribution withSection(String name) {
        return new Contribution(name, className, member, kind, modifiers, type, hasParameters, constant);
    }
}
