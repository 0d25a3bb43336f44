package dev.premain.demo.ctors;

import dev.premain.Ctor;

/** A ctor at the default priority: it ties with {@link Defaults}, and loses on class name. */
final class Plugins {
    private Plugins() {
    }

    @Ctor(priority = Ctor.DEFAULT_PRIORITY)
    static void load() {
        CtorLog.ran();
    }
}
