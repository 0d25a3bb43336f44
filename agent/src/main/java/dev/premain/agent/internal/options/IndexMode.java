package dev.premain.agent.internal.options;

/** How build-time indexes are used. */
public enum IndexMode {
    /** Read indexes; scan every class no index covers (the default). */
    PREFER,
    /** Read indexes; never scan: classes without an index contribute nothing. */
    ONLY,
    /** Ignore indexes; scan everything. */
    OFF
}
