package dev.premain.agent.internal.options;

/**
 * How long a ctor or a dtor may run before Premain says so.
 *
 * @param ctorMillis after this long a running ctor is reported as stuck, with its stack; 0 for never
 * @param dtorMillis after this long a dtor is left behind and the next one runs, so no dtor can
 *     keep the JVM from exiting
 */
public record Timeouts(long ctorMillis, long dtorMillis) {
    /** No ctor timeout; 10 seconds per dtor. */
    public static final Timeouts DEFAULT = new Timeouts(0, 10_000);
}
