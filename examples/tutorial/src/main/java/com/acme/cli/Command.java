package com.acme.cli;

/** A command of the tutorial's command line. */
public interface Command {
    /** The word that selects it, e.g. {@code list}. */
    String name();

    /** Runs it with the command line's arguments. */
    void run(String[] args);
}
