package dev.premain.agent.internal.problem;

/** The documented exit statuses of a launch that Premain stops, after sysexits.h. */
public final class ExitStatus {
    /** Bootstrapped; main runs. */
    public static final int OK = 0;
    /** Unknown or malformed options (EX_USAGE). */
    public static final int BAD_OPTIONS = 64;
    /** Misused annotations or sections, found before any ctor ran (EX_DATAERR). */
    public static final int INVALID = 65;
    /** A ctor threw (EX_SOFTWARE). */
    public static final int CTOR_FAILED = 70;
    /** A bug in Premain itself (EX_OSERR slot, so it is never mistaken for the user's own failure). */
    public static final int INTERNAL_ERROR = 71;

    private ExitStatus() {
    }
}
