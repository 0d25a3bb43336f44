package dev.premain.internal.rules;

import java.util.Locale;

/**
 * What the shape rules need to know of a {@code @Contribute} field, method or class.
 *
 * @param kind what is contributed
 * @param className the contributing class's binary name
 * @param member the field or method name, or {@code null} for a class
 * @param modifiers the member's (or class's) modifier bits
 * @param type the field type, the method's return type or the class itself, by binary name;
 *     primitives by keyword
 * @param hasParameters whether a method takes parameters, or a class lacks a no-arg constructor
 * @param section the binary name of the section's declaring class
 */
public record ContributionShape(Kind kind, String className, String member, int modifiers, String type,
        boolean hasParameters, String section) {

    /** What a contribution is. */
    public enum Kind {
        /** A static final field's value. */
        FIELD,
        /** A static factory method's result. */
        METHOD,
        /** A new instance of the class. */
        CLASS
    }

    /**
     * How messages name the contribution: {@code @Contribute field 'com.acme.Cmds.LIST'}.
     *
     * @return the subject of a message
     */
    public String subject() {
        return "@Contribute " + kind.name().toLowerCase(Locale.ROOT) + " '"
                + (member == null ? className : className + "." + member) + "'";
    }
}
