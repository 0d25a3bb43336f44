package dev.premain.agent.internal.discovery;

import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One class-path entry's place in a discovery: its result, known at once (an index, a cache hit)
 * or left to a reader that runs later, maybe on another thread; and its own problems, merged in
 * class-path order afterwards, so the report reads the same whatever thread read which jar.
 */
final class ElementSlot {
    final Problems problems = new Problems();
    private final Path entry;
    private ElementScan scan;
    private ElementReader reader;

    ElementSlot(Path entry) {
        this.entry = entry;
    }

    /** The result is known now. */
    void done(ElementScan result) {
        this.scan = result;
    }

    /** The entry must be read: by {@link #read()}, later. */
    void toRead(ElementReader pending) {
        this.reader = pending;
    }

    boolean mustRead() {
        return reader != null && scan == null;
    }

    /** Reads the entry; touches only this slot, so slots can be read on several threads at once. */
    void read() {
        try {
            scan = reader.read();
        } catch (IOException e) {
            unreadable(e);
        }
    }

    /** The entry cannot be read: a warning in this slot. */
    void unreadable(IOException e) {
        problems.add(Problem.warning(ProblemCode.ENTRY_UNREADABLE, "Class-path entry '" + entry + "'",
                "is not a readable jar (" + e + ")", null, "Nothing is scanned from it, and the JVM cannot load"
                + " classes from it either.", "Rebuild or replace the jar."));
    }

    /** The result, or {@code null} if the entry gives none (missing, unreadable, a repeat). */
    ElementScan scan() {
        return scan;
    }
}
