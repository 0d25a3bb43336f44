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
 * <p>Reads before seal see the current contents: a ctor that must see another ctor's mutations
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
        Arrays.sort(items, 0, size, (Comparator<Object>) order);
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
        items[index] = elementType().cast(Objects.requireNonNull(item, "item"));
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
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
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
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!doomed.get(i)) {
                items[kept++] = items[i];
            }
        }
        Arrays.fill(items, kept, size, null);
        size = kept;
        return !doomed.isEmpty();
    }
}
