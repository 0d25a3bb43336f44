package dev.premain.agent.internal;

/** What Premain does when it finds errors: stop before main, or report, skip and continue. */
enum OnError {
    FAIL, WARN
}
