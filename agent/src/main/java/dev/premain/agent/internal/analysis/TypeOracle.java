package dev.premain.agent.internal.analysis;

/** Answers assignability questions about classes by name, so validation stays a pure stage. */
public interface TypeOracle {
    /**
     * Whether a value of type {@code from} can be stored where {@code to} is expected. Primitive
     * {@code from} types are boxed first. Returns {@code true} when a type cannot be resolved: the
     * link stage reports that failure with its cause.
     */
    public boolean isAssignable(String from, String to);
}
