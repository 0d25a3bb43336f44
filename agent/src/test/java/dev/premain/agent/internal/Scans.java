package dev.premain.agent.internal;

import dev.premain.agent.internal.model.MemberKind;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/** Builds scan records by hand, so the pure stages are tested without ClassGraph or class files. */
public final class Scans {
    public static final String JAR = "lib/acme-1.0.jar";
    public static final int STATIC = Modifier.STATIC;
    public static final int STATIC_FINAL = Modifier.STATIC | Modifier.FINAL;

    private Scans() {
    }

    /** A well-formed {@code static void name()} ctor or dtor with the default priority. */
    public static DeclaredMethod method(String className, String methodName) {
        return method(className, methodName, 0);
    }

    public static DeclaredMethod method(String className, String methodName, int priority, String... after) {
        return new DeclaredMethod(className, methodName, "()V", STATIC, priority, List.of(after), JAR);
    }

    public static DeclaredMethod shaped(String className, String methodName, int modifiers, String descriptor) {
        return new DeclaredMethod(className, methodName, descriptor, modifiers, 0, List.of(), JAR);
    }

    public static DeclaredSection section(String holder, String field, String sectionType, String elementType) {
        return new DeclaredSection(holder, field, STATIC_FINAL, sectionType, elementType, JAR);
    }

    public static DeclaredSection immutable(String holder, String elementType) {
        return section(holder, "ALL", "dev.premain.ImmutableSection", elementType);
    }

    public static DeclaredContribution field(String section, String className, String field, String type) {
        return new DeclaredContribution(section, className, field, MemberKind.FIELD, STATIC_FINAL, type, false, null,
                JAR);
    }

    public static DeclaredContribution constant(String section, String className, String field, Object value) {
        return new DeclaredContribution(section, className, field, MemberKind.FIELD, STATIC_FINAL,
                value.getClass().getName(), false, value, JAR);
    }

    public static DeclaredContribution factory(String section, String className, String method, String type) {
        return new DeclaredContribution(section, className, method, MemberKind.METHOD, STATIC, type, false, null, JAR);
    }

    public static DeclaredContribution type(String section, String className) {
        return new DeclaredContribution(section, className, null, MemberKind.CLASS, Modifier.PUBLIC, className, false,
                null, JAR);
    }

    public static Declarations scan(List<DeclaredMethod> ctors, List<DeclaredSection> sections,
            List<DeclaredContribution> contributions) {
        return new Declarations(ctors, List.of(), sections, contributions);
    }

    public static Declarations ctors(DeclaredMethod... ctors) {
        return scan(Arrays.asList(ctors), List.of(), List.of());
    }

    public static Declarations dtors(DeclaredMethod... dtors) {
        return new Declarations(List.of(), Arrays.asList(dtors), List.of(), List.of());
    }

    public static Declarations sections(DeclaredSection... sections) {
        return scan(List.of(), Arrays.asList(sections), List.of());
    }
}
