package dev.premain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Set sections: membership, contribution order, distinct members. */
class SetSectionTest {

    @Test
    void containsEveryMemberAndNothingElse() {
        SetSection<String> section = words();

        for (String word : List.of("delta", "alpha", "charlie")) {
            assertTrue(section.contains(word), word);
        }
        assertFalse(section.contains("bravo"));
        assertFalse(section.contains(42));
    }

    @Test
    void iterationFollowsContributionOrder() {
        SetSection<String> section = words();

        assertEquals(List.of("delta", "alpha", "charlie"), section.asList());
        assertEquals(2, section.indexOf("charlie"));
    }

    @Test
    void emptySetContainsNothing() {
        SetSection<String> section = TestBinder.sealed(SetSection.of(String.class), "test.Set");

        assertFalse(section.contains("alpha"));
    }

    @Test
    void clashesReportsTheIndexesOfADuplicate() {
        SetSection<String> section = SetSection.of(String.class);
        Object[] items = {"delta", "alpha", "charlie", "alpha", "delta"};

        assertArrayEquals(new int[] {1, 3}, TestBinder.BINDER.clashes(section, items));
        assertArrayEquals(new Object[] {"delta", "alpha", "charlie", "alpha", "delta"}, items);
        assertThrows(IllegalStateException.class, section::size, "clashes() must not link the section");
    }

    @Test
    void clashesIsEmptyForDistinctMembers() {
        SetSection<String> section = SetSection.of(String.class);

        assertArrayEquals(new int[0], TestBinder.BINDER.clashes(section, new Object[] {"delta", "alpha"}));
        assertArrayEquals(new int[0], TestBinder.BINDER.clashes(section, new Object[0]));
    }

    @Test
    void bindingTwiceKeepsTheFirstMembers() {
        SetSection<String> section = words();

        assertThrows(IllegalStateException.class,
                () -> TestBinder.BINDER.bind(section, "test.Set", new Object[] {"foxtrot"}));

        assertTrue(section.contains("alpha"));
        assertFalse(section.contains("foxtrot"));
    }

    private static SetSection<String> words() {
        return TestBinder.sealed(SetSection.of(String.class), "test.Set", "delta", "alpha", "charlie");
    }
}
