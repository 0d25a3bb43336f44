package dev.premain.demo.ctors;

import dev.premain.Ctor;

/** A ctor that {@link Audit} declares it runs after. */
final class Metrics {
    private Metrics() {
    }

    @Ctor(priority = 50)
    static void start() {
        CtorLog.ran();
    }
}
