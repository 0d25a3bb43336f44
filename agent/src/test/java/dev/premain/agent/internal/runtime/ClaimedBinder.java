package dev.premain.agent.internal.runtime;

import dev.premain.SectionBinder;

/**
 * The one {@link SectionBinder} of this test JVM. {@code claim()} succeeds once per JVM, so every
 * test that binds sections shares this instance (Surefire forks one JVM for the module).
 */
public final class ClaimedBinder {
    public static final SectionBinder BINDER = SectionBinder.claim().orElseThrow(() -> new IllegalStateException(
            "The SectionBinder of this JVM was claimed outside ClaimedBinder; use ClaimedBinder.BINDER."));

    private ClaimedBinder() {
    }
}
