package dev.premain;

/** The test JVM's one claim of {@link SectionBinder}, shared by every test that binds or seals. */
final class TestBinder {
    // Why one static claim: claim() succeeds once per JVM and every test class runs in the same fork,
    // so the first test that touches this class claims the binder for all of them.
    static final SectionBinder BINDER = SectionBinder.claim().orElseThrow(() -> new IllegalStateException(
            "SectionBinder was claimed before the tests could claim it: something bootstrapped the test JVM."));

    private TestBinder() {
    }

    /** Binds {@code items} to {@code section} under {@code name}, leaving it unsealed. */
    static <S extends TypedSection<?>> S bound(S section, String name, Object... items) {
        BINDER.bind(section, name, items);
        return section;
    }

    /** Binds {@code items} to {@code section} under {@code name}, then seals it. */
    static <S extends TypedSection<?>> S sealed(S section, String name, Object... items) {
        bound(section, name, items);
        BINDER.seal(section);
        return section;
    }
}
