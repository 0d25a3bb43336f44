package dev.premain.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One way of starting the app, timed as a whole JVM process.
 *
 * @param name the short name used in tables
 * @param what what the variant does, for the report
 * @param command the full command line, {@code java} first
 * @param expected the exact line the process must print on stdout
 * @param freshDirectory a directory deleted before every run (a first-start cache), or {@code null}
 */
record Variant(String name, String what, List<String> command, String expected, Path freshDirectory) {
    Variant {
        command = List.copyOf(command);
    }

    /** The same variant with extra JVM options inserted right after {@code java}. */
    Variant withJvmOptions(String suffix, String note, List<String> options) {
        List<String> longer = new java.util.ArrayList<>(command.subList(0, 1));
        longer.addAll(options);
        longer.addAll(command.subList(1, command.size()));
        return new Variant(name + suffix, what + note, longer, expected, freshDirectory);
    }
}
