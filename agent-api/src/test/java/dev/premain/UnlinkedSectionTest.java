package dev.premain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reads of a section that Premain has not filled yet fail loudly, with one golden message. */
class UnlinkedSectionTest {
    private static final String NOT_BOOTSTRAPPED = "Section of java.lang.String is not linked yet: Premain has not"
            + " bootstrapped this JVM. Start the JVM with -javaagent:premain-agent.jar, or call"
            + " Premain.bootstrap() first in main.";

    @Test
    void theMessageSaysWhyFromWhereTheBootstrapStands() {
        assertEquals(NOT_BOOTSTRAPPED, SectionStore.notLinked("java.lang.String", false, false));
        assertEquals("Section of java.lang.String is not linked yet: it is read while Premain is bootstrapping (from a"
                + " ctor or a static initializer), and no valid @Section field holds it, or its class was not linked"
                + " yet. Mark its field with @Section; a ctor sees every section that is declared.",
                SectionStore.notLinked("java.lang.String", true, false));
        assertEquals("Section of java.lang.String is not linked: Premain bootstrapped this JVM, but no valid @Section"
                + " field holds this section, so nothing was linked into it. Mark the static final field that holds it"
                + " with @Section (one per class), or read the section such a field holds.",
                SectionStore.notLinked("java.lang.String", true, true));
    }

    @ParameterizedTest
    @EnumSource(SectionKind.class)
    void everyReadThrowsNotLinked(SectionKind kind) {
        TypedSection<String> section = kind.declare();
        Map<String, Executable> reads = new LinkedHashMap<>();
        reads.put("name", section::name);
        reads.put("size", section::size);
        reads.put("get", () -> section.get(0));
        reads.put("indexOf", () -> section.indexOf("alpha"));
        reads.put("indexOf(other type)", () -> section.indexOf(42));
        reads.put("asList", section::asList);
        reads.put("stream", section::stream);
        reads.put("iterator", section::iterator);
        reads.put("for-each", () -> section.forEach(item -> { }));

        assertAllThrowNotLinked(reads);
        assertEquals(String.class, section.elementType());
        assertFalse(section.isSealed());
    }

    @Test
    void sortedSearchesThrowNotLinked() {
        SortedSection<String> natural = SortedSection.of(String.class);
        SortedSection<String> byComparator = SortedSection.of(String.class, Comparator.reverseOrder());
        Map<String, Executable> reads = new LinkedHashMap<>();
        reads.put("binarySearch", () -> natural.binarySearch("alpha"));
        reads.put("find", () -> natural.find("alpha"));
        reads.put("binarySearch(comparator)", () -> byComparator.binarySearch("alpha"));
        reads.put("find(comparator)", () -> byComparator.find("alpha"));

        assertAllThrowNotLinked(reads);
    }

    @Test
    void mapLookupsThrowNotLinked() {
        MapSection<Character, String> section = MapSection.of(String.class, word -> word.charAt(0));
        Map<String, Executable> reads = new LinkedHashMap<>();
        reads.put("get(key)", () -> section.lookup('a'));
        reads.put("containsKey", () -> section.containsKey('a'));
        reads.put("find", () -> section.find('a'));
        reads.put("keys", section::keys);
        reads.put("asMap", section::asMap);

        assertAllThrowNotLinked(reads);
    }

    @Test
    void setLookupThrowsNotLinked() {
        SetSection<String> section = SetSection.of(String.class);

        assertAllThrowNotLinked(Map.of("contains", () -> section.contains("alpha")));
    }

    @Test
    void mutableWritesThrowNotLinked() {
        MutableSection<String> section = MutableSection.of(String.class);
        Map<String, Executable> writes = new LinkedHashMap<>();
        writes.put("sort", () -> section.sort(Comparator.naturalOrder()));
        writes.put("set", () -> section.set(0, "alpha"));
        writes.put("remove", () -> section.remove(0));
        writes.put("removeIf", () -> section.removeIf(word -> true));

        assertAllThrowNotLinked(writes);
    }

    @Test
    void toStringSaysUnlinked() {
        assertEquals("Section[unlinked]", ImmutableSection.of(String.class).toString());
    }

    private static void assertAllThrowNotLinked(Map<String, Executable> calls) {
        calls.forEach((label, call) -> {
            IllegalStateException thrown = assertThrows(IllegalStateException.class, call, label);
            assertEquals(SectionStore.notLinked("java.lang.String", SectionBinder.isClaimed(),
                    SectionBinder.isBootstrapped()), thrown.getMessage(), label);
        });
    }
}
