package dev.premain.agent.internal;

import java.io.PrintStream;

/** The agent's only output channel: stderr, one prefixed line per message. Never stdout. */
final class Diagnostics {
    private static final String PREFIX = "premain: ";
    // Why plain static: set once on the premain thread before anything is printed.
    private static Verbosity verbosity = Verbosity.WARN;

    private Diagnostics() {
    }

    static void setVerbosity(Verbosity level) {
        verbosity = level;
    }

    static boolean enabled(Verbosity level) {
        return verbosity.compareTo(level) >= 0;
    }

    static void error(String message) {
        print("error: " + message);
    }

    static void warning(String message) {
        if (enabled(Verbosity.WARN)) {
            print("warning: " + message);
        }
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
