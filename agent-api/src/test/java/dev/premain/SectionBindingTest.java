package dev.premain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Filling a section through {@link SectionBinder#bind}: once, type-checked, null-hostile. */
class SectionBindingTest {

    @ParameterizedTest
    @EnumSource(SectionKind.class)
    void bindingTwiceThrowsAndKeepsTheFirstContents(SectionKind kind) {
        TypedSection<String> section = TestBinder.bound(kind.declare(), "test.Twice", SectionKind.WORDS.toArray());

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> TestBinder.BINDER.bind(section, "test.Twice", new Object[] {"foxtrot"}));

        assertEquals("Section 'test.Twice' is already linked.", thrown.getMessage());
        assertEquals(kind.sectionOrder(SectionKind.WORDS), section.asList());
        assertEquals(-1, section.indexOf("foxtrot"));
    }

    @ParameterizedTest
    @EnumSource(SectionKind.class)
    void bindingTwiceThrowsEvenWhenEmpty(SectionKind kind) {
        TypedSection<String> section = TestBinder.sealed(kind.declare(), "test.Empty");

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> TestBinder.BINDER.bind(section, "test.Empty", new Object[0]));

        assertEquals("Section 'test.Empty' is already linked.", thrown.getMessage());
        assertEquals(0, section.size());
    }

    @ParameterizedTest
    @EnumSource(SectionKind.class)
    void bindRejectsNullItemAndStaysUnlinked(SectionKind kind) {
        TypedSection<String> section = kind.declare();

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> TestBinder.BINDER.bind(section, "test.Nulls", new Object[] {"alpha", null}));

        assertEquals("Item 1 of section 'test.Nulls' is null, not a java.lang.String.", thrown.getMessage());
        assertThrows(IllegalStateException.class, section::size);
        assertBindsAfterwards(kind, section);
    }

    @ParameterizedTest
    @EnumSource(SectionKind.class)
    void bindRejectsWrongTypeAndStaysUnlinked(SectionKind kind) {
        TypedSection<String> section = kind.declare();

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> TestBinder.BINDER.bind(section, "test.Mixed", new Object[] {"alpha", "bravo", 42}));

        assertEquals("Item 2 of section 'test.Mixed' is a java.lang.Integer, not a java.lang.String.",
                thrown.getMessage());
        assertThrows(IllegalStateException.class, section::size);
        assertBindsAfterwards(kind, section);
    }

    @ParameterizedTest
    @EnumSource(value = SectionKind.class, names = {"IMMUTABLE", "MUTABLE", "SORTED_NATURAL", "SORTED_BY_COMPARATOR"})
    void listSectionsAllowDuplicates(SectionKind kind) {
        Object[] items = {"alpha", "bravo", "alpha"};

        assertArrayEquals(new int[0], TestBinder.BINDER.clashes(kind.declare(), items));
        TypedSection<String> section = TestBinder.bound(kind.declare(), "test.Duplicates", items);
        assertEquals(3, section.size());
    }

    private static void assertBindsAfterwards(SectionKind kind, TypedSection<String> section) {
        TestBinder.BINDER.bind(section, "test.Retry", SectionKind.WORDS.toArray());
        assertEquals("test.Retry", section.name());
        assertEquals(kind.sectionOrder(SectionKind.WORDS), List.copyOf(section.asList()));
    }
}
