package com.acme.cli;

/** A command that prints what it does. */
public record SimpleCommand(String name, String description) implements Command {
    @Override
    public void run(String[] args) {
        System.out.println(description);
    }
}
