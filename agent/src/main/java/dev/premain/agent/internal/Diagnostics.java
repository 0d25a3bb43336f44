package dev.premain.agent.internal;

import java.io.PrintStream;

/** The agent's only output channel: stderr, one prefixed line per message. Never stdout. */
final class Diagnostics {
    private static final String PREFIX = "premain: ";

    private Diagnostics() {
    }

    static void error(String message) {
        print("error: " + message);
    }

    static void warning(String message) {
        print("warning: " + message);
    }

    static void info(String message) {
        print(message);
    }

    static void print(Problem problem) {
        if (problem.isError()) {
            error(problem.message());
        } else {
            warning(problem.message());
        }
    }

    private static void print(String line) {
        // Why System.err directly: the application's logging must not be initialized before main.
        PrintStream err = System.err;
        err.println(PREFIX + line);
        err.flush();
    }
}
