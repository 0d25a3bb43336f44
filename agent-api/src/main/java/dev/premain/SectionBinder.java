package dev.premain;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The write path into sections: a set-once capability that the Premain runtime claims when it
 * bootstraps, so no other code can fill, replace or unseal a section.
 *
 * <p>Applications never need this type. The first {@link #claim()} in a JVM succeeds and every
 * later one returns empty; the runtime uses that to bootstrap at most once per JVM.
 *
 * @since 0.1
 */
public final class SectionBinder {
    private static final AtomicBoolean CLAIMED = new AtomicBoolean();
    // Why volatile: set on the bootstrapping thread, read by Premain.isBootstrapped() on any thread.
    private static volatile boolean bootstrapped;

    private SectionBinder() {
    }

    /**
     * Claims the capability; succeeds once per JVM.
     *
     * @return the binder, or empty if it was claimed before
     */
    public static Optional<SectionBinder> claim() {
        return CLAIMED.compareAndSet(false, true) ? Optional.of(new SectionBinder()) : Optional.empty();
    }

    /**
     * Whether the capability has been claimed, i.e. whether a bootstrap of this JVM was attempted
     * (it may have failed; see {@link #isBootstrapped()}).
     *
     * @return {@code true} once claimed
     */
    public static boolean isClaimed() {
        return CLAIMED.get();
    }

    /**
     * Whether a bootstrap of this JVM finished successfully: every section linked and sealed, every
     * ctor run.
     *
     * @return {@code true} once bootstrapped
     * @since 0.2
     */
    public static boolean isBootstrapped() {
        return bootstrapped;
    }

    /**
     * Records that the bootstrap this binder was claimed for finished successfully.
     *
     * @since 0.2
     */
    public void markBootstrapped() {
        bootstrapped = true;
    }

    /**
     * The first pair of items that may not coexist in {@code section}: a duplicate map key or set
     * member.
     *
     * @param section the section to check for
     * @param items the candidate items in section order
     * @return the two indexes into {@code items}, or an empty array if there is no clash
     */
    public int[] clashes(TypedSection<?> section, Object[] items) {
        return store(section).clashes(items.clone());
    }

    /**
     * Fills an unlinked section with its items. The array is owned by the section afterwards.
     *
     * @param section the section to fill
     * @param name the section's name
     * @param items the items in contribution order, each non-null and of the element type
     * @throws IllegalArgumentException if an item is null or of the wrong type
     * @throws IllegalStateException if the section was linked before
     */
    public void bind(TypedSection<?> section, String name, Object[] items) {
        SectionStore<?> store = store(section);
        for (int i = 0; i < items.length; i++) {
            if (!store.elementType().isInstance(items[i])) {
                throw new IllegalArgumentException("Item " + i + " of section '" + name + "' is "
                        + (items[i] == null ? "null" : "a " + items[i].getClass().getName())
                        + ", not a " + store.elementType().getName() + ".");
            }
        }
        // Why the copy: a String[] passed as Object[] would make a later set() of another subtype of
        // the element type throw ArrayStoreException.
        boolean plainArray = items.getClass() == Object[].class;
        store.bind(name, plainArray ? items : Arrays.copyOf(items, items.length, Object[].class));
    }

    /**
     * A new, unlinked section of the same kind and configuration as {@code section}, for a
     * {@link Snapshot} that must never mutate the sealed original.
     *
     * @param section the section to copy the declaration of
     * @param <S> the section type
     * @return an unlinked section, to be filled with {@link #bind}
     */
    @SuppressWarnings("unchecked")
    public <S extends TypedSection<?>> S unlinkedCopy(S section) {
        return (S) store(section).unlinkedCopy();
    }

    /**
     * Seals a section: every later write throws {@link IllegalStateException}.
     *
     * @param section the section to seal
     */
    public void seal(TypedSection<?> section) {
        store(section).seal();
    }

    private static SectionStore<?> store(TypedSection<?> section) {
        // Every permitted subtype extends SectionStore: TypedSection is sealed.
        return (SectionStore<?>) section;
    }
}
