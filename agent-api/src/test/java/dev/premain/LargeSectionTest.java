package dev.premain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A million items bind, sort and search (SPEC §6, scale). The timeouts are generous guards against
 * quadratic work, not benchmarks: the whole class takes about 1 s on a 2-core machine.
 */
class LargeSectionTest {
    private static final int MILLION = 1_000_000;
    // Why smaller: building the hash tables costs about 1 s per million items on a 2-core machine,
    // which is the JDK's HashMap and Map.copyOf, not something this test would learn more from.
    private static final int HASHED = 100_000;

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void sortedSectionOfAMillionItemsSortsAndSearches() {
        SortedSection<Integer> section = TestBinder.sealed(SortedSection.of(Integer.class), "test.Large",
                shuffledEvenNumbers(MILLION));

        int wrong = 0;
        for (int i = 0; i < MILLION; i++) {
            int even = 2 * i;
            if (section.get(i) != even || section.binarySearch(even) != i || section.binarySearch(even + 1) != -i - 2) {
                wrong++;
            }
        }
        assertEquals(0, wrong, "items at the wrong index or not found by binary search");
        assertEquals(MILLION, section.size());
        assertEquals(MILLION - 1, section.indexOf(2 * MILLION - 2));
        assertEquals(-1, section.binarySearch(-1));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void mutableSectionOfAMillionItemsSortsAndPrunes() {
        // Why ascending input: the sorted section above already pays for a full shuffled sort; this
        // one checks that a ctor-style reorder and prune of a million items stays linear.
        Object[] ascending = new Object[MILLION];
        Arrays.setAll(ascending, i -> 2 * i);
        MutableSection<Integer> section = TestBinder.bound(MutableSection.of(Integer.class), "test.Large", ascending);

        section.sort(Comparator.reverseOrder());
        section.removeIf(n -> n % 4 == 0);
        TestBinder.BINDER.seal(section);

        int wrong = 0;
        for (int i = 0; i < MILLION / 2; i++) {
            if (section.get(i) != 2 * MILLION - 2 - 4 * i) {
                wrong++;
            }
        }
        assertEquals(0, wrong, "items out of order after sort and removeIf");
        assertEquals(MILLION / 2, section.size());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void mapAndSetSectionsOfManyItemsLookUp() {
        Object[] items = shuffledEvenNumbers(HASHED);
        MapSection<Integer, Integer> map = MapSection.of(Integer.class, n -> n / 2);
        SetSection<Integer> set = SetSection.of(Integer.class);
        assertEquals(0, TestBinder.BINDER.clashes(map, items).length);
        TestBinder.sealed(map, "test.LargeMap", items.clone());
        TestBinder.sealed(set, "test.LargeSet", items.clone());

        int wrong = 0;
        for (int i = 0; i < HASHED; i++) {
            int even = 2 * i;
            if (map.lookup(i) != even || !set.contains(even) || set.contains(even + 1)) {
                wrong++;
            }
        }
        assertEquals(0, wrong, "lookups that missed or found an absent item");
    }

    /** 0, 2, 4, ... in a random but fixed order, so odd keys are absent. */
    private static Object[] shuffledEvenNumbers(int count) {
        Object[] items = new Object[count];
        for (int i = 0; i < count; i++) {
            items[i] = 2 * i;
        }
        Random random = new Random(20261121);
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Object swap = items[i];
            items[i] = items[j];
            items[j] = swap;
        }
        return items;
    }
}
