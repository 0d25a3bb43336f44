package dev.premain;

import java.util.List;
import java.util.stream.Stream;

/**
 * A typed registry whose items are contributed from any jar on the class path and assembled before
 * {@code main}: the JVM analogue of a linker section.
 *
 * <p>Guarantees, for every section type:
 * <ul>
 *   <li><b>Immutable after seal.</b> Once {@code main} runs, contents never change; a write throws
 *       {@link IllegalStateException} naming the section.</li>
 *   <li><b>Deterministic order.</b> Items are ordered by contributing class name, then member name
 *       (sorted sections by their comparator). Class-path and jar order never matter.</li>
 *   <li><b>Stable, dense index.</b> {@code get(i)} for {@code 0 <= i < size()} returns the same item
 *       for the life of the JVM after seal.</li>
 *   <li><b>Safe publication.</b> Sealing happens on the main thread before {@code main}; every
 *       thread started afterwards sees the final contents with no lock and no volatile read per
 *       element.</li>
 *   <li><b>Null-hostile.</b> A contribution that yields {@code null} is an error; no read returns
 *       {@code null} for an index in range.</li>
 * </ul>
 * Non-guarantees: reads before the section is linked throw {@link IllegalStateException}; threads
 * started by a ctor before seal are not guaranteed to see later mutations of a mutable section.
 *
 * @param <T> the element type
 * @since 0.1
 */
public sealed interface TypedSection<T> extends Iterable<T>
        permits ImmutableSection, MutableSection, SortedSection, MapSection, SetSection {

    /**
     * The section's name: the binary name of the class that declares it.
     *
     * @return the declaring class's name
     * @throws IllegalStateException if the section is not linked yet
     */
    String name();

    /**
     * The element type every item is checked against.
     *
     * @return the element type
     */
    Class<T> elementType();

    /**
     * The number of items.
     *
     * @return the number of items, possibly zero
     * @throws IllegalStateException if the section is not linked yet
     */
    int size();

    /**
     * The item at a stable, dense index.
     *
     * @param index from {@code 0} to {@code size() - 1}
     * @return the item, never {@code null}
     * @throws IndexOutOfBoundsException if the index is out of range
     * @throws IllegalStateException if the section is not linked yet
     */
    T get(int index);

    /**
     * The index of the first item equal to {@code item}, or {@code -1}.
     *
     * @param item the item to look for
     * @return its index, or {@code -1} if absent
     */
    int indexOf(Object item);

    /**
     * An unmodifiable, random-access list view in section order.
     *
     * @return the list view
     */
    List<T> asList();

    /**
     * A sequential stream of the items in section order.
     *
     * @return the stream
     */
    Stream<T> stream();

    /**
     * Whether the section is sealed: always {@code true} once {@code main} runs.
     *
     * @return {@code true} if sealed
     */
    boolean isSealed();
}
