package dev.premain.demo.ctors;

import dev.premain.Ctor;

/** A ctor whose {@code after} edge beats name order: 'Audit' sorts before 'Metrics' but runs after. */
final class Audit {
    private Audit() {
    }

    @Ctor(priority = 50, after = Metrics.class)
    static void report() {
        CtorLog.ran();
    }
}
