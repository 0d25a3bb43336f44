package dev.premain.agent.internal;

import dev.premain.agent.internal.model.MemberKind;
import dev.premain.agent.internal.model.ScanResult;
import dev.premain.agent.internal.model.ScannedContribution;
import dev.premain.agent.internal.model.ScannedMethod;
import dev.premain.agent.internal.model.ScannedSection;
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
    public static ScannedMethod method(String className, String methodName) {
        return method(className, methodName, 0);
    }

    public static ScannedMethod method(String className, String methodName, int priority, String... after) {
        return new ScannedMethod(className, methodName, "()V", STATIC, priority, List.of(after), JAR);
    }

    public static ScannedMethod shaped(String className, String methodName, int modifiers, String descriptor) {
        return new ScannedMethod(className, methodName, descriptor, modifiers, 0, List.of(), JAR);
    }

    public static ScannedSection section(String holder, String field, String sectionType, String elementType) {
        return new ScannedSection(holder, field, STATIC_FINAL, sectionType, elementType, JAR);
    }

    public static ScannedSection immutable(String holder, String elementType) {
        return section(holder, "ALL", "dev.premain.ImmutableSection", elementType);
    }

    public static ScannedContribution field(String section, String className, String field, String type) {
        return new ScannedContribution(section, className, field, MemberKind.FIELD, STATIC_FINAL, type, false, null,
                JAR);
    }

    public static ScannedContribution constant(String section, String className, String field, Object value) {
        return new ScannedContribution(section, className, field, MemberKind.FIELD, STATIC_FINAL,
                value.getClass().getName(), false, value, JAR);
    }

    public static ScannedContribution factory(String section, String className, String method, String type) {
        return new ScannedContribution(section, className, method, MemberKind.METHOD, STATIC, type, false, null, JAR);
    }

    public static ScannedContribution type(String section, String className) {
        return new ScannedContribution(section, className, null, MemberKind.CLASS, Modifier.PUBLIC, className, false,
                null, JAR);
    }

    public static ScanResult scan(List<ScannedMethod> ctors, List<ScannedSection> sections,
            List<ScannedContribution> contributions) {
        return new ScanResult(ctors, List.of(), sections, contributions, List.of());
    }

    public static ScanResult ctors(ScannedMethod... ctors) {
        return scan(Arrays.asList(ctors), List.of(), List.of());
    }

    public static ScanResult dtors(ScannedMethod... dtors) {
        return new ScanResult(List.of(), Arrays.asList(dtors), List.of(), List.of(), List.of());
    }

    public static ScanResult sections(ScannedSection... sections) {
        return scan(List.of(), Arrays.asList(sections), List.of());
    }
}
