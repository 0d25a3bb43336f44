package dev.premain.agent.internal;

import dev.premain.agent.internal.model.MemberKind;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import java.util.List;
import java.util.Set;

/** One record of every kind and a contribution of every constant type, for the index writer and reader tests. */
public final class IndexRecords {
    public static final String LOCATION = "/repo/lib/acme-1.0.jar";
    public static final Set<String> COVERS = Set.of("acme.B", "acme.A", "acme.A$Inner");

    /** In the order the writer sorts them, so a round trip gives them back equal. */
    public static final List<DeclaredMethod> CTORS = List.of(
            new DeclaredMethod("acme.A", "init", "()V", 8, 5, List.of("acme.B", "acme.C$D"), LOCATION),
            new DeclaredMethod("acme.B", "setUp", "()V", 10, -3, List.of(), LOCATION));
    public static final List<DeclaredMethod> DTORS = List.of(
            new DeclaredMethod("acme.A", "close", "()V", 41, 0, List.of(), LOCATION),
            new DeclaredMethod("acme.A$Inner", "stop", "()V", 8, Integer.MIN_VALUE, List.of("acme.A"), LOCATION));
    public static final List<DeclaredSection> SECTIONS = List.of(
            new DeclaredSection("acme.A", "ALL", 25, "dev.premain.ImmutableSection", "java.lang.String", LOCATION),
            new DeclaredSection("acme.B", "RAW", 24, "dev.premain.MapSection", null, LOCATION));
    public static final List<DeclaredContribution> CONTRIBUTIONS = List.of(
            item("acme.A$Inner", null, MemberKind.CLASS, 1, "acme.A$Inner", true, null),
            item("acme.B", "BOOL", MemberKind.FIELD, 24, "boolean", false, true),
            item("acme.B", "BYTE", MemberKind.FIELD, 24, "byte", false, (byte) -7),
            item("acme.B", "CHAR", MemberKind.FIELD, 24, "char", false, '\n'),
            item("acme.B", "DOUBLE", MemberKind.FIELD, 24, "double", false, -2.5e-300),
            item("acme.B", "FLOAT", MemberKind.FIELD, 24, "float", false, 3.25f),
            item("acme.B", "INT", MemberKind.FIELD, 24, "int", false, 8080),
            item("acme.B", "LONG", MemberKind.FIELD, 24, "long", false, 1L << 40),
            item("acme.B", "NAMES", MemberKind.FIELD, 24, "java.lang.String[]", false, null),
            item("acme.B", "SHORT", MemberKind.FIELD, 24, "short", false, (short) -300),
            item("acme.B", "TEXT", MemberKind.FIELD, 25, "java.lang.String", false, "50% off,\nnaïve \"ünïcode\" ✓"),
            item("acme.B", "make", MemberKind.METHOD, 10, "java.lang.Object", true, null));

    private IndexRecords() {
    }

    public static Declarations all() {
        return new Declarations(CTORS, DTORS, SECTIONS, CONTRIBUTIONS);
    }

    private static DeclaredContribution item(String className, String member, MemberKind kind, int modifiers,
            String type, boolean hasParameters, Object constant) {
        return new DeclaredContribution("acme.A", className, member, kind, modifiers, type, hasParameters, constant,
                LOCATION);
    }
}
