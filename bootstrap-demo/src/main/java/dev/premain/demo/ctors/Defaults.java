package dev.premain.demo.ctors;

import dev.premain.Ctor;

/** Two ctors at the default priority: the tie between them is broken by method name. */
final class Defaults {
    private Defaults() {
    }

    // Declared first but named later: 'apply' still runs before 'check'.
    @Ctor
    static void check() {
        CtorLog.ran();
    }

    @Ctor
    static void apply() {
        CtorLog.ran();
    }
}
