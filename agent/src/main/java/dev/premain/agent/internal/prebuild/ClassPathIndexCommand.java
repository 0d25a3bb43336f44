package dev.premain.agent.internal.prebuild;

import dev.premain.agent.internal.audit.ClassPathWildcards;
import dev.premain.agent.internal.discovery.ClassPathElements;
import dev.premain.agent.internal.discovery.Discovery;
import dev.premain.agent.internal.discovery.cache.ClassPathIndex;
import dev.premain.agent.internal.discovery.cache.ScanCache;
import dev.premain.agent.internal.options.IndexMode;
import dev.premain.agent.internal.problem.ExitStatus;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.Problems;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code java -jar premain-agent.jar index --class-path PATH --out FILE}: scans, once at build time,
 * every jar on the class path that has no Premain index of its own, and writes the class-path index
 * a start reads instead (see {@link ClassPathIndex}). Runs no user code.
 */
public final class ClassPathIndexCommand {
    /** The exit status when the file cannot be written ({@code EX_IOERR}). */
    static final int CANNOT_WRITE = 74;

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar premain-agent.jar index --class-path PATH --out FILE",
            "Scans every jar on PATH that has no Premain index of its own, once, and writes what each declares to",
            "FILE: the class-path index, which a start reads instead of scanning those jars (no writable cache needed).",
            "  --class-path PATH   the application's runtime class path, entries separated by '"
                    + java.io.File.pathSeparator + "'; DIR/* stands for every jar in DIR",
            "  --out FILE          where to write it. Ship it inside the application as " + ClassPathIndex.RESOURCE,
            "                      (in its first class-path entry), or name it with the agent option classpath-index=FILE",
            "  --help              print this and exit",
            "Jars are recognised by their content, not their path, so the index stays valid where the image puts them;",
            "a jar changed after the index was built is scanned at start.",
            "Exit status: 0 when written; 65 when the class path has errors (nothing is written); 64 for a usage"
                    + " error; 74 when FILE cannot be written.");

    private ClassPathIndexCommand() {
    }

    /**
     * Runs the command.
     *
     * @param args {@code index --class-path PATH --out FILE}
     * @param out where the summary goes
     * @param err where problems and usage errors go
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 2 && (args[1].equals("--help") || args[1].equals("-h"))) {
            out.println(USAGE);
            return ExitStatus.OK;
        }
        String classPath = null;
        String file = null;
        for (int i = 1; i < args.length; i++) {
            boolean hasValue = i + 1 < args.length;
            if ((args[i].equals("--class-path") || args[i].equals("-cp")) && hasValue) {
                classPath = args[++i];
            } else if (args[i].equals("--out") && hasValue) {
                file = args[++i];
            } else {
                return usage(err, "Unknown or incomplete index argument '" + args[i] + "'.");
            }
        }
        if (classPath == null || file == null) {
            return usage(err, "The index command needs --class-path and --out.");
        }
        try {
            return write(classPath, Path.of(file), out, err);
        } catch (InvalidPathException e) {
            return usage(err, "'" + file + "' is not a file name here (" + e.getMessage() + ").");
        }
    }

    private static int write(String classPath, Path file, PrintStream out, PrintStream err) {
        Problems problems = new Problems();
        List<ClassPathIndex.Described> jars = new Discovery(IndexMode.PREFER, ScanCache.OFF, List.of(), problems)
                .describeJars(ClassPathElements.parse(ClassPathWildcards.expand(classPath)));
        boolean errors = false;
        for (Problem problem : problems.all()) {
            err.println((problem.isError() ? "premain: error: " : "premain: warning: ") + problem.text());
            errors |= problem.isError();
        }
        if (errors) {
            err.println("premain: the class-path index was not written: fix the errors above, which would also"
                    + " stop the application's start.");
            return ExitStatus.INVALID;
        }
        try {
            writeAtomically(file, ClassPathIndex.render(jars));
        } catch (IOException e) {
            err.println("premain: error: the class-path index '" + file + "' cannot be written (" + e + ").");
            return CANNOT_WRITE;
        }
        int declaring = 0;
        for (ClassPathIndex.Described jar : jars) {
            declaring += jar.found().isEmpty() ? 0 : 1;
        }
        out.println("Wrote the class-path index '" + file + "': " + jars.size() + " jars without an index of their"
                + " own, " + declaring + " of them declaring Premain content.");
        return ExitStatus.OK;
    }

    /** A temporary file then a move: a build interrupted half-way never leaves half an index behind. */
    private static void writeAtomically(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static int usage(PrintStream err, String message) {
        err.println("premain: error: " + message);
        err.println(USAGE);
        return ExitStatus.BAD_OPTIONS;
    }
}
