package dev.premain.agent.internal;

/** Answers assignability questions about classes by name, so validation stays a pure stage. */
interface TypeOracle {
    /**
     * Whether a value of type {@code from} can be stored where {@code to} is expected. Primitive
     * {@code from} types are boxed first. Returns {@code true} when a type cannot be resolved: the
     * link stage reports that failure with its cause.
     */
    boolean isAssignable(String from, String to);
}
