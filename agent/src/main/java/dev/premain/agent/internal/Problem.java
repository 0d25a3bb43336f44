package dev.premain.agent.internal;

/**
 * One diagnostic: a full sentence naming what is wrong, where, what happens now and the fix.
 *
 * @param severity whether it stops the launch
 * @param message the complete text, sentence case, ending with a period
 */
record Problem(Severity severity, String message) {

    /** How bad a problem is. */
    enum Severity {
        /** Stops the launch under {@code on-error=fail}. */
        ERROR,
        /** Reported; the launch continues. */
        WARNING
    }

    static Problem error(String message) {
        return new Problem(Severity.ERROR, message);
    }

    static Problem warning(String message) {
        return new Problem(Severity.WARNING, message);
    }

    boolean isError() {
        return severity == Severity.ERROR;
    }
}
