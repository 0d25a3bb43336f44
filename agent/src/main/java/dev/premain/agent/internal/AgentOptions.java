package dev.premain.agent.internal;

import java.util.List;

/**
 * The agent's options, parsed and checked.
 *
 * @param packages packages to scan (with subpackages); empty means the whole class path
 * @param report whether to print per-phase and per-ctor timings on stderr
 * @param shuffleSeed seed that permutes ties in the ctor order, or {@code null}
 * @param onError what to do when errors are found
 */
record AgentOptions(List<String> packages, boolean report, Long shuffleSeed, OnError onError) {
    static final AgentOptions DEFAULTS = new AgentOptions(List.of(), false, null, OnError.FAIL);
}
