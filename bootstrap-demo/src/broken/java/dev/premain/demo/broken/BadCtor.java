package dev.premain.demo.broken;

import dev.premain.Ctor;

/**
 * A deliberately broken contribution for the documented error case: a {@code @Ctor} that is an
 * instance method. Premain cannot call it without an instance, so it stops the launch before
 * {@code main}. Not part of the Maven build; see {@code ../../README.md}.
 */
public final class BadCtor {
    @Ctor
    void init() {
        System.out.println("never printed");
    }
}
