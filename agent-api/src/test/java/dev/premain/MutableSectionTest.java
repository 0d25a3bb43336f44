package dev.premain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What a ctor may do to a mutable section before seal, and that nothing may afterwards. */
class MutableSectionTest {
    private static final String SEALED = "Section 'test.Mutable' is sealed: it cannot change after main"
            + " starts. Mutate it from a @Ctor method instead.";

    @Test
    void sortReordersEveryView() {
        MutableSection<String> section = words();

        section.sort(Comparator.naturalOrder());

        List<String> sorted = List.of("alpha", "bravo", "charlie", "delta");
        assertEquals(sorted, section.asList());
        assertEquals(sorted, section.stream().toList());
        assertEquals(sorted, iterate(section));
        assertEquals(2, section.indexOf("charlie"));
    }

    @Test
    void sortIsStable() {
        MutableSection<String> section = TestBinder.bound(MutableSection.of(String.class), "test.Mutable",
                "bb", "a", "cc", "b", "aa", "c");

        section.sort(Comparator.comparingInt(String::length));

        assertEquals(List.of("a", "b", "c", "bb", "cc", "aa"), section.asList());
    }

    @Test
    void setReplacesOneItem() {
        MutableSection<String> section = words();

        assertEquals("alpha", section.set(1, "foxtrot"));

        assertEquals(List.of("delta", "foxtrot", "charlie", "bravo"), section.asList());
        assertEquals(-1, section.indexOf("alpha"));
        assertEquals(1, section.indexOf("foxtrot"));
    }

    @Test
    void setRejectsBadIndexNullAndWrongType() {
        MutableSection<String> section = words();
        @SuppressWarnings("unchecked")
        MutableSection<Object> raw = (MutableSection<Object>) (MutableSection<?>) section;

        assertThrows(IndexOutOfBoundsException.class, () -> section.set(4, "foxtrot"));
        assertThrows(IndexOutOfBoundsException.class, () -> section.set(-1, "foxtrot"));
        assertThrows(NullPointerException.class, () -> section.set(0, null));
        assertThrows(ClassCastException.class, () -> raw.set(0, 42));
        assertEquals(List.of("delta", "alpha", "charlie", "bravo"), section.asList());
    }

    @Test
    void setAcceptsAnyElementTypeItemWhateverArrayTypeWasBound() {
        MutableSection<CharSequence> section = MutableSection.of(CharSequence.class);
        TestBinder.BINDER.bind(section, "test.Mutable", new String[] {"alpha", "bravo"});

        section.set(0, new StringBuilder("charlie"));

        assertEquals("charlie", section.get(0).toString());
    }

    @Test
    void removeShiftsLaterItemsDown() {
        MutableSection<String> section = words();

        assertEquals("alpha", section.remove(1));
        assertEquals("bravo", section.remove(2));
        assertEquals("delta", section.remove(0));

        assertEquals(1, section.size());
        assertEquals(List.of("charlie"), section.asList());
        assertEquals(List.of("charlie"), iterate(section));
        assertThrows(IndexOutOfBoundsException.class, () -> section.get(1));
    }

    @Test
    void removeRejectsBadIndex() {
        MutableSection<String> section = words();

        assertThrows(IndexOutOfBoundsException.class, () -> section.remove(4));
        assertThrows(IndexOutOfBoundsException.class, () -> section.remove(-1));
        assertEquals(List.of("delta", "alpha", "charlie", "bravo"), section.asList());
    }

    @Test
    void removeIfKeepsTheOrderOfTheRest() {
        MutableSection<String> section = words();

        assertTrue(section.removeIf(word -> word.startsWith("a") || word.startsWith("c")));

        assertEquals(List.of("delta", "bravo"), section.asList());
        assertEquals(List.of("delta", "bravo"), section.stream().toList());
        assertEquals(1, section.indexOf("bravo"));
    }

    @Test
    void removeIfReportsWhetherAnythingWentAway() {
        MutableSection<String> section = words();

        assertFalse(section.removeIf(word -> false));
        assertEquals(4, section.size());
        assertTrue(section.removeIf(word -> true));
        assertEquals(0, section.size());
        assertEquals(List.of(), section.asList());
    }

    @Test
    void removeIfWithFailingFilterChangesNothing() {
        MutableSection<String> section = words();

        assertThrows(IllegalStateException.class, () -> section.removeIf(word -> {
            if (word.equals("charlie")) {
                throw new IllegalStateException("filter failed");
            }
            return word.equals("delta");
        }));

        assertEquals(List.of("delta", "alpha", "charlie", "bravo"), section.asList());
    }

    @Test
    void afterSealEveryWriteThrowsNamingTheSection() {
        MutableSection<String> section = words();
        section.sort(Comparator.naturalOrder());
        TestBinder.BINDER.seal(section);
        AtomicInteger filterCalls = new AtomicInteger();
        Map<String, Executable> writes = new LinkedHashMap<>();
        writes.put("sort", () -> section.sort(Comparator.reverseOrder()));
        writes.put("set", () -> section.set(0, "foxtrot"));
        writes.put("remove", () -> section.remove(0));
        writes.put("removeIf", () -> section.removeIf(word -> filterCalls.incrementAndGet() > 0));
        writes.put("removeIf(nothing)", () -> section.removeIf(word -> false));

        writes.forEach((label, write) ->
                assertEquals(SEALED, assertThrows(IllegalStateException.class, write, label).getMessage(), label));

        assertEquals(0, filterCalls.get());
        assertTrue(section.isSealed());
        List<String> sorted = List.of("alpha", "bravo", "charlie", "delta");
        assertEquals(sorted, section.asList());
        assertEquals(sorted, iterate(section));
        assertEquals(sorted, section.stream().toList());
        assertEquals("bravo", section.get(1));
        assertEquals(3, section.indexOf("delta"));
    }

    @Test
    void writesToSealedEmptySectionThrowSealedNotIndexErrors() {
        MutableSection<String> section = TestBinder.sealed(MutableSection.of(String.class), "test.Mutable");

        assertEquals(SEALED, assertThrows(IllegalStateException.class, () -> section.remove(0)).getMessage());
        assertEquals(SEALED, assertThrows(IllegalStateException.class, () -> section.set(0, "a")).getMessage());
    }

    private static MutableSection<String> words() {
        return TestBinder.bound(MutableSection.of(String.class), "test.Mutable", "delta", "alpha", "charlie", "bravo");
    }

    private static List<String> iterate(TypedSection<String> section) {
        List<String> items = new ArrayList<>();
        for (String item : section) {
            items.add(item);
        }
        return items;
    }
}
