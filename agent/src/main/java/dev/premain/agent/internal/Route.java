package dev.premain.agent.internal;

import dev.premain.agent.internal.problem.ExitStatus;

/** How this JVM is being bootstrapped, which decides what a failure means for the user. */
enum Route {
    /** {@code -javaagent} or {@code Launcher-Agent-Class}: a failure stops the JVM before main. */
    AGENT,
    /** {@code Premain.bootstrap()} from running code: a failure is an exception, the JVM goes on. */
    IN_PROCESS;

    /** What a failing ctor stops, besides the remaining ctors. */
    String whatStops() {
        return this == AGENT ? "main was not started" : "Premain.bootstrap() throws IllegalStateException";
    }

    /** The report's last line: what the errors stopped, and what to do. */
    String stopped(int errors, int status) {
        String count = errors + (errors == 1 ? " error" : " errors");
        return this == AGENT ? count + "; main was not started (exit status " + status + "). Fix the errors"
                + " above, or start with on-error=warn to skip what failed."
                : count + "; Premain.bootstrap() throws IllegalStateException, and throws it again on every"
                + " later call: " + (status == ExitStatus.CTOR_FAILED ? "ctors before the failing one ran"
                : "no ctor ran") + " and no section was sealed. Fix the errors above, or set on-error=warn to"
                + " skip what failed.";
    }

    /** The report's last line when {@code on-error=warn} let the launch go on. */
    String skipped(int errors) {
        return errors + (errors == 1 ? " error" : " errors") + " skipped (on-error=warn); what each error names"
                + " did not run or was not registered, and " + (this == AGENT ? "main starts." : "the call returns.");
    }
}
