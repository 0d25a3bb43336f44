package dev.premain.agent.internal.model;

/**
 * A {@code @Section} field as read from a class file.
 *
 * @param holder binary name of the declaring class, the section's identity
 * @param fieldName the field's name
 * @param modifiers the field's modifier bits
 * @param sectionType binary name of the field's type, e.g. {@code dev.premain.MapSection}
 * @param elementType binary name of the element type argument, or {@code null} if not a class
 * @param location the jar or directory the class came from
 */
public record DeclaredSection(String holder, String fieldName, int modifiers, String sectionType,
        String elementType, String location) {
}
