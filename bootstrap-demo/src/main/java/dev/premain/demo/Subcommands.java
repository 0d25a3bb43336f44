package dev.premain.demo;

import dev.premain.MapSection;
import dev.premain.Section;

/**
 * The subcommand registry: a map section keyed by {@link Subcommand#name()}, filled before
 * {@code main} from every {@code @Contribute(Subcommands.class)} on the class path.
 *
 * <p>Iteration follows contribution order (contributing class name, then member name), so the
 * usage text is deterministic without sorting it here.
 *
 * @since 0.1
 */
public final class Subcommands {
    /** Every subcommand, by name. */
    @Section
    public static final MapSection<String, Subcommand> ALL = MapSection.of(Subcommand.class, Subcommand::name);

    private Subcommands() {
    }

    /**
     * The usage text: a synopsis, then one {@code "  NAME: DESCRIPTION"} line per subcommand.
     *
     * @return the usage text, ending with a line separator
     */
    public static String usage() {
        StringBuilder text = new StringBuilder()
                .append("Usage: bootstrap-demo <subcommand> [options]").append(System.lineSeparator())
                .append(System.lineSeparator())
                .append("Subcommands:").append(System.lineSeparator());
        for (Subcommand command : ALL) {
            text.append("  ").append(command.name()).append(": ").append(command.description())
                    .append(System.lineSeparator());
        }
        return text.toString();
    }
}
