package dev.premain;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A section of distinct items with constant-time membership: the analogue of Rust's
 * {@code ScatteredSet}. Two equal contributions are an error naming both contributors; iteration
 * follows contribution order.
 *
 * @param <T> the element type
 * @since 0.1
 */
public final class SetSection<T> extends SectionStore<T> implements TypedSection<T> {
    private Set<Object> members;

    private SetSection(Class<T> elementType) {
        super(elementType);
    }

    @Override
    SetSection<T> unlinkedCopy() {
        return new SetSection<>(elementType());
    }

    /**
     * Declares a set section.
     *
     * @param elementType the type every contribution must have
     * @param <T> the element type
     * @return an unlinked section that Premain fills before {@code main}
     */
    public static <T> SetSection<T> of(Class<T> elementType) {
        return new SetSection<>(elementType);
    }

    @Override
    int[] clashes(Object[] contents) {
        Map<Object, Integer> seen = new HashMap<>();
        for (int i = 0; i < contents.length; i++) {
            Integer first = seen.putIfAbsent(contents[i], i);
            if (first != null) {
                return new int[] {first, i};
            }
        }
        return new int[0];
    }

    @Override
    void index(Object[] contents) {
        this.members = Set.of(contents);
    }

    /**
     * Whether {@code item} is a member.
     *
     * @param item the item, not {@code null}
     * @return {@code true} if present
     * @throws NullPointerException if {@code item} is null
     */
    public boolean contains(Object item) {
        checkLinked();
        return members.contains(item);
    }
}
