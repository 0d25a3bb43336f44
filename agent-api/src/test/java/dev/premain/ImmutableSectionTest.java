package dev.premain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Immutable sections: contribution order, subtypes of the element type, duplicates allowed. */
class ImmutableSectionTest {

    @Test
    void acceptsSubtypesOfTheElementType() {
        ImmutableSection<CharSequence> section = TestBinder.sealed(ImmutableSection.of(CharSequence.class),
                "test.Texts", "alpha", new StringBuilder("bravo"));

        assertEquals(CharSequence.class, section.elementType());
        assertEquals("alpha", section.get(0));
        assertInstanceOf(StringBuilder.class, section.get(1));
    }

    @Test
    void duplicatesStayAndIndexOfFindsTheFirst() {
        ImmutableSection<String> section = TestBinder.sealed(ImmutableSection.of(String.class), "test.Words",
                "bravo", "alpha", "bravo");

        assertEquals(List.of("bravo", "alpha", "bravo"), section.asList());
        assertEquals(0, section.indexOf("bravo"));
    }

    @Test
    void toStringNamesTheSectionAndItsItems() {
        ImmutableSection<String> section = TestBinder.sealed(ImmutableSection.of(String.class), "test.Words",
                "bravo", "alpha");

        assertEquals("test.Words[bravo, alpha]", section.toString());
    }
}
