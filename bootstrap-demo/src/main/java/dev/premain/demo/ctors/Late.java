package dev.premain.demo.ctors;

import dev.premain.Ctor;
import dev.premain.Dtor;

/** A private ctor with a high priority, the last to run, and the demo's one dtor. */
final class Late {
    private Late() {
    }

    // Private is fine: ctors may have any visibility.
    @Ctor(priority = 100)
    private static void finish() {
        CtorLog.ran();
    }

    // Runs once at shutdown. It must print nothing, so the demo's output stays exact.
    @Dtor
    private static void flush() {
        System.out.flush();
    }
}
