package dev.premain.demo;

/**
 * A subcommand of the demo's command line, contributed to {@link Subcommands#ALL} from any package.
 *
 * <p>Implementations are looked up by {@link #name()}; two subcommands with the same name are a
 * launch error that names both contributors.
 *
 * @since 0.1
 */
public interface Subcommand {
    /**
     * The word that selects this subcommand on the command line, e.g. {@code list}.
     *
     * @return the name, unique among subcommands
     */
    String name();

    /**
     * A one-line description for the usage text.
     *
     * @return the description
     */
    String description();

    /**
     * Runs the subcommand.
     *
     * @param args the arguments after the subcommand's name
     */
    void run(String[] args);
}
