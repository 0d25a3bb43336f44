package dev.premain.demo.intern;

import dev.premain.Contribute;

/** Compile-time constants for the interning pool; this class is never initialized. */
final class Credits {
    @Contribute(InternPool.class)
    static final String FROM = "from";

    @Contribute(InternPool.class)
    static final String RUST = "Rust";

    private Credits() {
    }
}
