package dev.premain.demo.help;

import dev.premain.Contribute;
import dev.premain.demo.Subcommand;
import dev.premain.demo.Subcommands;

/**
 * The {@code help} subcommand, the default: prints the usage text. Contributed as a
 * {@code static final} field.
 *
 * @since 0.1
 */
public final class HelpCommand implements Subcommand {
    // A field contribution: its value is the item. Not a compile-time constant, so Premain
    // initializes this class to read it.
    @Contribute(Subcommands.class)
    static final Subcommand HELP = new HelpCommand();

    private HelpCommand() {
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String description() {
        return "Show help";
    }

    @Override
    public void run(String[] args) {
        System.out.print(Subcommands.usage());
    }
}
