package dev.premain.demo;

import java.util.Arrays;

/**
 * The demo's entry point: dispatches to a {@link Subcommand} found in {@link Subcommands#ALL}.
 *
 * <p>By the time {@code main} runs, Premain has already filled and sealed every section and run
 * every {@code @Ctor}; {@code main} itself does no registration at all.
 *
 * @since 0.1
 */
public final class Main {
    /** The exit status for a command line that names no known subcommand. */
    static final int USAGE_ERROR = 2;

    private Main() {
    }

    /**
     * Runs the subcommand named by the first argument, {@code help} if there is none.
     *
     * @param args the subcommand's name, then its arguments
     */
    public static void main(String[] args) {
        String name = args.length == 0 ? "help" : args[0];
        Subcommand command = Subcommands.ALL.lookup(name);
        if (command == null) {
            System.err.println("bootstrap-demo: unknown subcommand '" + name + "'.");
            System.err.println();
            System.err.print(Subcommands.usage());
            System.exit(USAGE_ERROR);
            return;
        }
        command.run(Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
    }
}
