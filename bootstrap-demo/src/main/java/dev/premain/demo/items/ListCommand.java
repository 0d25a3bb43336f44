package dev.premain.demo.items;

import dev.premain.Contribute;
import dev.premain.demo.Subcommand;
import dev.premain.demo.Subcommands;

/**
 * The {@code list} subcommand, contributed as a class: Premain creates one instance with the
 * no-argument constructor before {@code main}.
 *
 * @since 0.1
 */
@Contribute(Subcommands.class)
public final class ListCommand implements Subcommand {
    /** Creates the subcommand; Premain calls this once. */
    public ListCommand() {
    }

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String description() {
        return "List all items";
    }

    @Override
    public void run(String[] args) {
        System.out.println("Listing all items");
    }
}
