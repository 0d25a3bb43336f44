package dev.premain.agent.internal;

/** How build-time indexes are used. */
enum IndexMode {
    /** Read indexes; scan every class no index covers (the default). */
    PREFER,
    /** Read indexes; never scan: classes without an index contribute nothing. */
    ONLY,
    /** Ignore indexes; scan everything. */
    OFF
}
