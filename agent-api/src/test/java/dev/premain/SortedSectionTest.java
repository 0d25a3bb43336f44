package dev.premain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sorted sections: sorted at bind, searched like {@link Arrays#binarySearch}, stable for ties. */
class SortedSectionTest {
    private static final int ITEMS = 2_000;

    @Test
    void naturalOrderSearchesMatchArraysBinarySearch() {
        Integer[] data = distinctEvenNumbers();
        SortedSection<Integer> section = TestBinder.sealed(SortedSection.of(Integer.class), "test.Sorted",
                (Object[]) data.clone());
        Arrays.sort(data);

        assertEquals(List.of(data), section.asList());
        for (int key = -3; key <= 2 * ITEMS * 4 + 3; key++) {
            int expected = Arrays.binarySearch(data, key);
            assertSearch(section, key, expected);
        }
    }

    @Test
    void comparatorOrderSearchesMatchArraysBinarySearch() {
        Integer[] data = distinctEvenNumbers();
        Comparator<Integer> descending = Comparator.reverseOrder();
        SortedSection<Integer> section = TestBinder.sealed(SortedSection.of(Integer.class, descending),
                "test.Sorted", (Object[]) data.clone());
        Arrays.sort(data, descending);

        assertEquals(List.of(data), section.asList());
        for (int key = -3; key <= 2 * ITEMS * 4 + 3; key++) {
            int expected = Arrays.binarySearch(data, key, descending);
            assertSearch(section, key, expected);
        }
    }

    @Test
    void emptySectionSearchesReportInsertionPointZero() {
        SortedSection<String> section = TestBinder.sealed(SortedSection.of(String.class), "test.Sorted");

        assertEquals(-1, section.binarySearch("alpha"));
        assertEquals(Optional.empty(), section.find("alpha"));
    }

    @Test
    void equalElementsKeepContributionOrder() {
        SortedSection<Version> section = TestBinder.sealed(
                SortedSection.of(Version.class, Comparator.comparing(Version::name)), "test.Versions",
                new Version("b", 0), new Version("a", 1), new Version("b", 2), new Version("a", 3),
                new Version("b", 4));

        assertEquals(List.of(new Version("a", 1), new Version("a", 3), new Version("b", 0), new Version("b", 2),
                new Version("b", 4)), section.asList());
    }

    @Test
    void naturalOrderIsStableForItemsThatCompareEqualButDiffer() {
        SortedSection<BigDecimal> section = TestBinder.sealed(SortedSection.of(BigDecimal.class), "test.Decimals",
                new BigDecimal("2"), new BigDecimal("1.0"), new BigDecimal("1.00"), new BigDecimal("1"));

        assertEquals(List.of("1.0", "1.00", "1", "2"), section.stream().map(BigDecimal::toString).toList());
    }

    @Test
    void indexOfIsTheFirstEqualItemAmongEqualOnes() {
        SortedSection<String> section = TestBinder.sealed(SortedSection.of(String.class), "test.Sorted",
                "b", "a", "a", "a", "c");

        assertEquals(0, section.indexOf("a"));
        assertEquals(3, section.indexOf("b"));
        assertEquals(4, section.indexOf("c"));
    }

    @Test
    void indexOfNeedsEqualsNotJustEqualOrder() {
        SortedSection<BigDecimal> decimals = TestBinder.sealed(SortedSection.of(BigDecimal.class), "test.Decimals",
                new BigDecimal("2"), new BigDecimal("1.0"), new BigDecimal("1.00"), new BigDecimal("1"));
        SortedSection<String> byLength = TestBinder.sealed(
                SortedSection.of(String.class, Comparator.comparingInt(String::length)), "test.ByLength",
                "ab", "c", "def");

        assertEquals(1, decimals.indexOf(new BigDecimal("1.00")));
        assertEquals(2, decimals.indexOf(new BigDecimal("1")));
        assertEquals(-1, decimals.indexOf(new BigDecimal("1.000")));
        assertEquals(1, byLength.indexOf("ab"));
        assertEquals(-1, byLength.indexOf("zz"));
        assertTrue(byLength.find("zz").isPresent(), "find is by order, so it finds an item of length 2");
    }

    @Test
    void indexOfAnotherTypeIsMinusOne() {
        SortedSection<String> section = TestBinder.sealed(SortedSection.of(String.class), "test.Sorted", "a");

        assertEquals(-1, section.indexOf(1));
        assertEquals(-1, section.indexOf(null));
    }

    @Test
    void comparatorIsRequired() {
        assertThrows(NullPointerException.class, () -> SortedSection.of(String.class, null));
    }

    private static void assertSearch(SortedSection<Integer> section, int key, int expected) {
        assertEquals(expected, section.binarySearch(key), "binarySearch(" + key + ")");
        assertEquals(expected >= 0 ? Optional.of(key) : Optional.empty(), section.find(key), "find(" + key + ")");
        assertEquals(Math.max(expected, -1), section.indexOf(key), "indexOf(" + key + ")");
    }

    /** {@value #ITEMS} distinct even numbers in random order: odd keys are absent, in between present ones. */
    private static Integer[] distinctEvenNumbers() {
        Random random = new Random(20261121);
        return random.ints(0, ITEMS * 4).distinct().limit(ITEMS).map(n -> n * 2).boxed().toArray(Integer[]::new);
    }

    private record Version(String name, int contribution) {
    }
}
