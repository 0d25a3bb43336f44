package dev.premain.demo.intern;

import dev.premain.Contribute;

/** Compile-time constants for the interning pool; this class is never initialized. */
final class Greeting {
    @Contribute(InternPool.class)
    static final String HELLO = "hello";

    @Contribute(InternPool.class)
    static final String WORLD = "world";

    private Greeting() {
    }
}
