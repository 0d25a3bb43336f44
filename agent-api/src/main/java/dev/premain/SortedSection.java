package dev.premain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A section kept sorted by natural order or a comparator, searched by binary search: the analogue
 * of Rust's {@code ScatteredSortedSlice}. Items that compare equal keep their contribution order.
 *
 * @param <T> the element type
 * @since 0.1
 */
public final class SortedSection<T> extends SectionStore<T> implements TypedSection<T> {
    // null means natural order: Arrays.binarySearch(Object[], Object) is then used directly.
    private final Comparator<? super T> order;

    private SortedSection(Class<T> elementType, Comparator<? super T> order) {
        super(elementType);
        this.order = order;
    }

    @Override
    SortedSection<T> unlinkedCopy() {
        return new SortedSection<>(elementType(), order);
    }

    /**
     * Declares a section sorted by the elements' natural order.
     *
     * @param elementType the type every contribution must have
     * @param <T> the element type
     * @return an unlinked section that Premain fills and sorts before {@code main}
     */
    public static <T extends Comparable<? super T>> SortedSection<T> of(Class<T> elementType) {
        return new SortedSection<>(elementType, null);
    }

    /**
     * Declares a section sorted by {@code order}.
     *
     * @param elementType the type every contribution must have
     * @param order the sort order
     * @param <T> the element type
     * @return an unlinked section that Premain fills and sorts before {@code main}
     */
    public static <T> SortedSection<T> of(Class<T> elementType, Comparator<? super T> order) {
        return new SortedSection<>(elementType, Objects.requireNonNull(order, "order"));
    }

    @Override
    @SuppressWarnings("unchecked")
    void index(Object[] contents) {
        Arrays.sort(contents, (Comparator<Object>) comparator());
    }

    /**
     * Finds {@code key} by binary search.
     *
     * @param key the item to look for
     * @return its index if present, else {@code -(insertion point) - 1}
     */
    @SuppressWarnings("unchecked")
    public int binarySearch(T key) {
        Object[] array = items; // Why a local and no range: one field read, and the array is exactly the items.
        if (array == null) {
            checkLinked();
        }
        return order == null ? Arrays.binarySearch(array, key) : Arrays.binarySearch((T[]) array, key, order);
    }

    /**
     * Finds an item equal in order to {@code key}.
     *
     * @param key the item to look for
     * @return the item found, or empty
     */
    public Optional<T> find(T key) {
        int at = binarySearch(key);
        return at >= 0 ? Optional.of(get(at)) : Optional.empty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public int indexOf(Object item) {
        checkLinked();
        if (!elementType().isInstance(item)) {
            return -1;
        }
        T key = (T) item;
        int at = binarySearch(key);
        if (at < 0) {
            return -1;
        }
        // Why a scan: binary search lands anywhere in a run of items that compare equal, and an
        // item that compares equal need not be equal; the contract is the first equal item.
        Comparator<? super T> c = comparator();
        while (at > 0 && c.compare(get(at - 1), key) == 0) {
            at--;
        }
        for (; at < size && c.compare(get(at), key) == 0; at++) {
            if (items[at].equals(item)) {
                return at;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private Comparator<? super T> comparator() {
        return order != null ? order : (a, b) -> ((Comparable<Object>) a).compareTo(b);
    }
}
