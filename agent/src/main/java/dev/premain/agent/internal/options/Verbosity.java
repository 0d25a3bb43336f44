package dev.premain.agent.internal.options;

/** How much the agent says on stderr; errors are always printed. */
public enum Verbosity {
    /** Errors only. */
    QUIET,
    /** Errors and warnings (the default). */
    WARN,
    /** Also what each phase did. */
    INFO,
    /** Also per-element details, for troubleshooting. */
    DEBUG
}
