package com.acme.cli;

/** Lists every command, from the section: whatever any jar contributed. */
public final class HelpCommand implements Command {
    @Override
    public String name() {
        return "help";
    }

    @Override
    public void run(String[] args) {
        System.out.println("Commands: " + String.join(", ", Commands.ALL.keys()));
    }
}
