package dev.premain.agent.internal.options;

/** What Premain does when it finds errors: stop before main, or report, skip and continue. */
public enum OnError {
    FAIL, WARN
}
