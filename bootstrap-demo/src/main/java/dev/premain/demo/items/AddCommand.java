package dev.premain.demo.items;

import dev.premain.Contribute;
import dev.premain.demo.Subcommand;
import dev.premain.demo.Subcommands;

/**
 * The {@code add} subcommand, contributed through a static factory method.
 *
 * @since 0.1
 */
public final class AddCommand implements Subcommand {
    private AddCommand() {
    }

    // A factory contribution: Premain calls it once and adds the result to the section.
    @Contribute(Subcommands.class)
    static Subcommand create() {
        return new AddCommand();
    }

    @Override
    public String name() {
        return "add";
    }

    @Override
    public String description() {
        return "Add a new item";
    }

    @Override
    public void run(String[] args) {
        System.out.println("Adding a new item");
    }
}
