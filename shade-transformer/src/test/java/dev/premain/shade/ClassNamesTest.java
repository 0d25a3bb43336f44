package dev.premain.shade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.maven.plugins.shade.relocation.SimpleRelocator;
import org.junit.jupiter.api.Test;

/** Each shape of class name in an index, relocated with the shade's real relocator. */
class ClassNamesTest {
    private final ClassNames names = new ClassNames(Indexes.ACME);

    @Test
    void binaryNamesKeepTheirNestedPart() {
        assertEquals("shaded.com.acme.Outer$Inner", names.binaryName("com.acme.Outer$Inner"));
        assertEquals("shaded.com.acme.sub.X", names.binaryName("com.acme.sub.X"));
        // The shade's pattern is a plain prefix, so its class file is renamed too; the index must follow.
        assertEquals("shaded.com.acmeish.X", names.binaryName("com.acmeish.X"));
        assertEquals("org.acme.X", names.binaryName("org.acme.X"));
        assertEquals("-", names.binaryNameOrAbsent("-"));
    }

    @Test
    void typesKeepArraysAndPrimitives() {
        assertEquals("int", names.type("int"));
        assertEquals("int[][]", names.type("int[][]"));
        assertEquals("shaded.com.acme.X[]", names.type("com.acme.X[]"));
        assertEquals("shaded.com.acme.X$Y[][]", names.type("com.acme.X$Y[][]"));
        assertEquals("java.lang.String", names.type("java.lang.String"));
    }

    @Test
    void listsAreRelocatedNameByName() {
        assertEquals("-", names.list("-"));
        assertEquals("shaded.com.acme.A,org.B,shaded.com.acme.C$D", names.list("com.acme.A,org.B,com.acme.C$D"));
    }

    @Test
    void descriptorsRelocateEachClass() {
        assertEquals("()V", names.descriptor("()V"));
        assertEquals("(I[Lshaded/com/acme/L;JLjava/lang/String;)Lshaded/com/acme/X$Y;",
                names.descriptor("(I[Lcom/acme/L;JLjava/lang/String;)Lcom/acme/X$Y;"));
    }

    @Test
    void excludesAndTheFirstMatchingRelocatorAreHonoured() {
        ClassNames some = new ClassNames(List.of(
                new SimpleRelocator("com.acme", "a", null, List.of("com.acme.keep.*")),
                new SimpleRelocator("com.acme.keep", "b", null, null),
                new SimpleRelocator("com", "c", null, null)));
        assertEquals("a.X", some.binaryName("com.acme.X"));
        assertEquals("b.Y", some.binaryName("com.acme.keep.Y"));
        assertEquals("c.other.Z", some.binaryName("com.other.Z"));
    }
}
