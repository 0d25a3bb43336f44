package dev.premain.agent.internal;

/** An index that cannot be trusted: wrong version, malformed line, or checksum mismatch. */
final class IndexFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    IndexFormatException(String reason) {
        super(reason);
    }
}
