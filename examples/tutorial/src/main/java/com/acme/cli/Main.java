package com.acme.cli;

public final class Main {
    public static void main(String[] args) {
        String name = args.length == 0 ? "help" : args[0];
        Commands.ALL.lookup(name).run(args);
    }
}
