package dev.premain;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A section that {@link Ctor} methods may sort, overwrite and prune before {@code main}; it is
 * sealed after the last ctor, and every later write throws {@link IllegalStateException} naming
 * the section. The analogue of Rust's {@code TypedMutableSection}.
 *
 * <p>Every change replaces the backing array (copy on write), so an iteration that a ctor began
 * keeps seeing the contents as they were when it began. Reads before seal see the current contents: a ctor that must see another ctor's mutations
 * declares {@code @Ctor(after = ThatClass.class)} or a higher priority.
 *
 * @param <T> the element type
 * @since 0.1
 */
public final class MutableSection<T> extends SectionStore<T> implements TypedSection<T> {
    private MutableSection(Class<T> elementType) {
        super(elementType);
    }

    @Override
    MutableSection<T> unlinkedCopy() {
        return new MutableSection<>(elementType());
    }

    /**
     * Declares a mutable section; assign the result to a {@link Section} field.
     *
     * @param elementType the type every contribution must have
     * @param <T> the element type
     * @return an unlinked section that Premain fills before {@code main}
     */
    public static <T> MutableSection<T> of(Class<T> elementType) {
        return new MutableSection<>(elementType);
    }

    /**
     * Sorts the items (stable: equal items keep their order).
     *
     * @param order the order to sort by
     * @throws IllegalStateException if the section is sealed
     */
    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super T> order) {
        checkWritable();
        Object[] sorted = Arrays.copyOf(items, size);
        Arrays.sort(sorted, (Comparator<Object>) order);
        items = sorted;
    }

    /**
     * Replaces the item at {@code index}.
     *
     * @param index the index to overwrite
     * @param item the new item, not {@code null}, an instance of the element type
     * @return the previous item
     * @throws IllegalStateException if the section is sealed
     */
    public T set(int index, T item) {
        checkWritable();
        T previous = get(index);
        Object[] changed = Arrays.copyOf(items, size);
        changed[index] = elementType().cast(Objects.requireNonNull(item, "item"));
        items = changed;
        return previous;
    }

    /**
     * Removes the item at {@code index}, shifting later items down.
     *
     * @param index the index to remove
     * @return the removed item
     * @throws IllegalStateException if the section is sealed
     */
    public T remove(int index) {
        checkWritable();
        T previous = get(index);
        Object[] shorter = new Object[size - 1];
        System.arraycopy(items, 0, shorter, 0, index);
        System.arraycopy(items, index + 1, shorter, index, size - index - 1);
        items = shorter;
        size = shorter.length;
        return previous;
    }

    /**
     * Removes every item that matches, keeping the order of the rest.
     *
     * @param filter the items to remove
     * @return whether anything was removed
     * @throws IllegalStateException if the section is sealed
     */
    @SuppressWarnings("unchecked")
    public boolean removeIf(Predicate<? super T> filter) {
        checkWritable();
        // Why two passes: a filter that throws half-way must leave the section as it was.
        BitSet doomed = new BitSet(size);
        for (int i = 0; i < size; i++) {
            if (filter.test((T) items[i])) {
                doomed.set(i);
            }
        }
        Object[] kept = new Object[size - doomed.cardinality()];
        for (int i = 0, k = 0; i < size; i++) {
            if (!doomed.get(i)) {
                kept[k++] = items[i];
            }
        }
        items = kept;
        size = kept.length;
        return !doomed.isEmpty();
    }
}
