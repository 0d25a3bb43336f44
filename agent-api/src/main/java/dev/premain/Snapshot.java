package dev.premain;

import java.util.Map;

/**
 * The sections as seen with a late class loader's contributions added: what
 * {@link Premain#register(ClassLoader, java.nio.file.Path...)} returns.
 *
 * <p>Sealed sections are never mutated: a section that the late classes contribute to is returned
 * here as a new, sealed copy holding the original items followed by the new ones (sorted, map and
 * set sections re-sort and re-check duplicates); any other section is returned as it is.
 *
 * @since 0.1
 */
public final class Snapshot {
    private final Map<TypedSection<?>, TypedSection<?>> copies;

    private Snapshot(Map<TypedSection<?>, TypedSection<?>> copies) {
        this.copies = Map.copyOf(copies);
    }

    static Snapshot wrapping(Map<TypedSection<?>, TypedSection<?>> copies) {
        return new Snapshot(copies);
    }

    /**
     * This snapshot's view of {@code section}.
     *
     * @param section a section declared before {@code main}
     * @param <S> the section type
     * @return a sealed copy with the late contributions, or {@code section} itself if nothing was added
     */
    @SuppressWarnings("unchecked")
    public <S extends TypedSection<?>> S of(S section) {
        return (S) copies.getOrDefault(section, section);
    }

    /**
     * Whether any section got new items.
     *
     * @return {@code true} if at least one section differs from the original
     */
    public boolean changedAnything() {
        return !copies.isEmpty();
    }
}
