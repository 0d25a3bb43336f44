package dev.premain.demo.intern;

import dev.premain.Contribute;
import dev.premain.demo.Subcommand;
import dev.premain.demo.Subcommands;

/**
 * The {@code intern} subcommand: prints the sorted pool, then greets twice, once from the
 * constants themselves and once from binary-search lookups in the pool.
 *
 * @since 0.1
 */
@Contribute(Subcommands.class)
public final class InternCommand implements Subcommand {
    /** Creates the subcommand; Premain calls this once. */
    public InternCommand() {
    }

    @Override
    public String name() {
        return "intern";
    }

    @Override
    public String description() {
        return "Show the sorted interning pool";
    }

    @Override
    public void run(String[] args) {
        for (int i = 0; i < InternPool.POOL.size(); i++) {
            System.out.println("[" + i + "]: " + InternPool.POOL.get(i));
        }
        // javac inlines compile-time constants, so this line initializes none of their classes.
        System.out.println(Greeting.HELLO + ", " + Greeting.WORLD + Punctuation.BANG);
        System.out.println(InternPool.intern("hello") + ", " + InternPool.intern("world")
                + InternPool.intern("!"));
    }
}
