package dev.premain.demo.intern;

import dev.premain.Contribute;

/** A compile-time constant for the interning pool; this class is never initialized. */
final class Punctuation {
    @Contribute(InternPool.class)
    static final String BANG = "!";

    private Punctuation() {
    }
}
