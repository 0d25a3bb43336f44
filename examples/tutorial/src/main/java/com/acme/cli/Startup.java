package com.acme.cli;

import dev.premain.Ctor;
import dev.premain.Dtor;

final class Startup {
    @Ctor(priority = -10)
    private static void checkConfig() {
        System.out.println("ctor: " + Commands.ALL.keys().size() + " commands registered");
    }

    @Dtor
    static void flush() {
        System.out.println("dtor: flushed");
    }
}
