package dev.premain;

/**
 * A section whose contents are fixed when it is linked: the analogue of Rust's {@code TypedSection}.
 *
 * <pre>&#64;Section
 * public static final ImmutableSection&lt;Command&gt; ALL = ImmutableSection.of(Command.class);</pre>
 *
 * @param <T> the element type
 * @since 0.1
 */
public final class ImmutableSection<T> extends SectionStore<T> implements TypedSection<T> {
    private ImmutableSection(Class<T> elementType) {
        super(elementType);
    }

    @Override
    ImmutableSection<T> unlinkedCopy() {
        return new ImmutableSection<>(elementType());
    }

    /**
     * Declares an immutable section; assign the result to a {@link Section} field.
     *
     * @param elementType the type every contribution must have
     * @param <T> the element type
     * @return an unlinked section that Premain fills before {@code main}
     */
    public static <T> ImmutableSection<T> of(Class<T> elementType) {
        return new ImmutableSection<>(elementType);
    }
}
