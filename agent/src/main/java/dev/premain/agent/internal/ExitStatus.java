package dev.premain.agent.internal;

/** The documented exit statuses of a launch that Premain stops, after sysexits.h. */
final class ExitStatus {
    /** Bootstrapped; main runs. */
    static final int OK = 0;
    /** Unknown or malformed options (EX_USAGE). */
    static final int BAD_OPTIONS = 64;
    /** Misused annotations or sections, found before any ctor ran (EX_DATAERR). */
    static final int INVALID = 65;
    /** A ctor threw (EX_SOFTWARE). */
    static final int CTOR_FAILED = 70;
    /** A bug in Premain itself (EX_OSERR slot, so it is never mistaken for the user's own failure). */
    static final int INTERNAL_ERROR = 71;

    private ExitStatus() {
    }
}
