package dev.premain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The read contract that every section type shares: size, random access, order, views. */
class SectionReadTest {

    @ParameterizedTest
    @EnumSource(SectionKind.class)
    void emptySectionWorks(SectionKind kind) {
        TypedSection<String> section = TestBinder.sealed(kind.declare(), "test.Empty");

        assertEquals("test.Empty", section.name());
        assertEquals(0, section.size());
        assertEquals(-1, section.indexOf("alpha"));
        assertThrows(IndexOutOfBoundsException.class, () -> section.get(0));
        assertFalse(section.iterator().hasNext());
        assertThrows(NoSuchElementException.class, () -> section.iterator().next());
        assertEquals(List.of(), section.asList());
        assertEquals(0, section.stream().count());
    }

    @ParameterizedTest
    @EnumSource(SectionKind.class)
    void everyReadFollowsSectionOrder(SectionKind kind) {
        TypedSection<String> section = TestBinder.bound(kind.declare(), "test.Words", SectionKind.WORDS.toArray());
        List<String> expected = kind.sectionOrder(SectionKind.WORDS);

        assertEquals("test.Words", section.name());
        assertEquals(String.class, section.elementType());
        assertEquals(expected.size(), section.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), section.get(i), "get(" + i + ")");
            assertEquals(i, section.indexOf(expected.get(i)), "indexOf(" + expected.get(i) + ")");
        }
        List<String> iterated = new ArrayList<>();
        section.forEach(iterated::add);
        assertEquals(expected, iterated);
        assertEquals(expected, section.asList());
        assertEquals(expected, section.stream().toList());
        assertFalse(section.stream().isParallel());
    }

    @ParameterizedTest
    @EnumSource(SectionKind.class)
    void indexOfAbsentItemIsMinusOne(SectionKind kind) {
        TypedSection<String> section = TestBinder.bound(kind.declare(), "test.Words", SectionKind.WORDS.toArray());

        assertEquals(-1, section.indexOf("foxtrot"));
        assertEquals(-1, section.indexOf(42));
        assertEquals(-1, section.indexOf(null));
    }

    @ParameterizedTest
    @EnumSource(SectionKind.class)
    void getOutOfRangeThrows(SectionKind kind) {
        TypedSection<String> section = TestBinder.bound(kind.declare(), "test.Words", SectionKind.WORDS.toArray());

        assertThrows(IndexOutOfBoundsException.class, () -> section.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> section.get(section.size()));
        assertThrows(IndexOutOfBoundsException.class, () -> section.asList().get(section.size()));
    }

    @ParameterizedTest
    @EnumSource(SectionKind.class)
    void iteratorEndsAndCannotRemove(SectionKind kind) {
        TypedSection<String> section = TestBinder.bound(kind.declare(), "test.Words", SectionKind.WORDS.toArray());
        Iterator<String> iterator = section.iterator();

        iterator.next();
        assertThrows(UnsupportedOperationException.class, iterator::remove);
        for (int i = 1; i < section.size(); i++) {
            iterator.next();
        }
        assertFalse(iterator.hasNext());
        assertThrows(NoSuchElementException.class, iterator::next);
        assertEquals(SectionKind.WORDS.size(), section.size());
    }

    @ParameterizedTest
    @EnumSource(SectionKind.class)
    void listViewIsUnmodifiableAndRandomAccess(SectionKind kind) {
        TypedSection<String> section = TestBinder.bound(kind.declare(), "test.Words", SectionKind.WORDS.toArray());
        List<String> list = section.asList();

        assertInstanceOf(RandomAccess.class, list);
        assertThrows(UnsupportedOperationException.class, () -> list.add("foxtrot"));
        assertThrows(UnsupportedOperationException.class, () -> list.set(0, "foxtrot"));
        assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
        assertThrows(UnsupportedOperationException.class, list::clear);
        assertEquals(kind.sectionOrder(SectionKind.WORDS), section.asList());
    }

    @ParameterizedTest
    @EnumSource(SectionKind.class)
    void sealingKeepsContents(SectionKind kind) {
        TypedSection<String> section = TestBinder.bound(kind.declare(), "test.Words", SectionKind.WORDS.toArray());
        assertFalse(section.isSealed());

        TestBinder.BINDER.seal(section);
        TestBinder.BINDER.seal(section);

        assertTrue(section.isSealed());
        assertEquals(kind.sectionOrder(SectionKind.WORDS), section.asList());
    }
}
