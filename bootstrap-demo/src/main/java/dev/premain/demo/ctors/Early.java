package dev.premain.demo.ctors;

import dev.premain.Ctor;

/** A ctor with a low priority: it runs before every other ctor of the demo. */
final class Early {
    private Early() {
    }

    @Ctor(priority = -100)
    static void init() {
        CtorLog.ran();
    }
}
