package dev.premain.agent.internal.options;

/** Malformed or unknown agent options; the message is the complete diagnostic. */
public final class OptionsException extends Exception {
    private static final long serialVersionUID = 1L;

    public OptionsException(String message) {
        super(message);
    }
}
