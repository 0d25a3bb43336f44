package dev.premain.agent.internal.discovery.index;

/** An index that cannot be trusted: wrong version, malformed line, or checksum mismatch. */
public final class IndexFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public IndexFormatException(String reason) {
        super(reason);
    }
}
