package dev.premain.agent.internal;

/** Malformed or unknown agent options; the message is the complete diagnostic. */
final class OptionsException extends Exception {
    private static final long serialVersionUID = 1L;

    OptionsException(String message) {
        super(message);
    }
}
