package dev.premain.agent.internal.problem;

/**
 * One diagnostic: a full sentence naming what is wrong, where, what happens now and the fix.
 *
 * @param severity whether it stops the launch
 * @param message the complete text, sentence case, ending with a period
 */
public record Problem(Severity severity, String message) {

    /** How bad a problem is. */
    public enum Severity {
        /** Stops the launch under {@code on-error=fail}. */
        ERROR,
        /** Reported; the launch continues. */
        WARNING
    }

    public static Problem error(String message) {
        return new Problem(Severity.ERROR, message);
    }

    public static Problem warning(String message) {
        return new Problem(Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
