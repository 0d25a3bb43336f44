package dev.premain.demo.ctors;

import dev.premain.Contribute;
import dev.premain.demo.Subcommand;
import dev.premain.demo.Subcommands;
import java.util.List;

/**
 * The {@code ctors} subcommand: prints the order in which the demo's ctors ran before
 * {@code main}. Contributed as a {@code static final} field.
 *
 * @since 0.1
 */
public final class CtorsCommand implements Subcommand {
    @Contribute(Subcommands.class)
    static final Subcommand CTORS = new CtorsCommand();

    private CtorsCommand() {
    }

    @Override
    public String name() {
        return "ctors";
    }

    @Override
    public String description() {
        return "Show the order the ctors ran in";
    }

    @Override
    public void run(String[] args) {
        List<String> entries = CtorLog.entries();
        for (int i = 0; i < entries.size(); i++) {
            System.out.println((i + 1) + ". " + entries.get(i));
        }
    }
}
