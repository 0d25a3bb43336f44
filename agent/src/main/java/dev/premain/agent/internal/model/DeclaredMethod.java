package dev.premain.agent.internal.model;

import java.util.List;

/**
 * A {@code @Ctor} or {@code @Dtor} method as read from a class file, before any validation.
 *
 * @param className binary name of the declaring class
 * @param methodName the method's name
 * @param descriptor the JVM method descriptor, e.g. {@code ()V}
 * @param modifiers the {@link java.lang.reflect.Modifier} bits
 * @param priority the annotation's priority
 * @param after binary names of the classes named in {@code after}
 * @param location the jar or directory the class came from
 */
public record DeclaredMethod(String className, String methodName, String descriptor, int modifiers,
        int priority, List<String> after, String location) {

    /** {@code com.acme.Db.init}: how messages and reports name the method. */
    public String displayName() {
        return className + "." + methodName;
    }
}
