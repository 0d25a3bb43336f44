package dev.premain.agent.internal.problem;

/**
 * The stable codes of the agent's own problems, for tools ({@code audit --json}) and tests; the
 * shape rules' codes are in {@link dev.premain.internal.rules.Codes}. A code never changes once
 * released, even when its words do.
 */
public final class ProblemCode {
    /** Options that are unknown or malformed. */
    public static final String BAD_OPTIONS = "bad-options";
    /** The options resource in the application jar cannot be read. */
    public static final String OPTIONS_RESOURCE = "options-resource";
    /** A class-path entry that does not exist. */
    public static final String ENTRY_MISSING = "class-path-entry-missing";
    /** A class-path entry that is not a readable jar. */
    public static final String ENTRY_UNREADABLE = "class-path-entry-unreadable";
    /** A bug in Premain. */
    public static final String INTERNAL_ERROR = "internal-error";
    /** An index that lists a class its jar does not hold, or that overlaps another index. */
    public static final String INDEX_STALE = "index-stale";
    /** An index that fails its format or checksum. */
    public static final String INDEX_UNTRUSTED = "index-untrusted";
    /** A class that mentions Premain but cannot be parsed. */
    public static final String CLASS_UNREADABLE = "class-unreadable";
    /** A class present in two class-path entries. */
    public static final String CLASS_TWICE = "class-twice";
    /** A scan cache that cannot be read or written. */
    public static final String CACHE_UNUSABLE = "cache-unusable";
    /** A build-time class-path index that cannot be read or parsed. */
    public static final String CLASSPATH_INDEX_UNUSABLE = "classpath-index-unusable";
    /** A record whose class the JVM loads from another class-path entry, or from the JDK. */
    public static final String NOT_LOADED_FROM_HERE = "not-loaded-from-here";
    /** A {@code report=FILE.html} that cannot be written. */
    public static final String REPORT_UNWRITABLE = "report-unwritable";
    /** A launched jar that nests its application where Premain cannot bootstrap it before main. */
    public static final String LAYOUT_UNSUPPORTED = "layout-unsupported";
    /** A scan-cache record that the class file the JVM loads does not declare. */
    public static final String CACHE_MISMATCH = "cache-mismatch";
    /** A ctor or dtor declared {@code after} a class without one. */
    public static final String AFTER_UNKNOWN = "after-unknown";
    /** Ctors or dtors that depend on each other in a cycle. */
    public static final String DEPENDENCY_CYCLE = "dependency-cycle";
    /** A contributor refused by the trust allow-list. */
    public static final String UNTRUSTED = "untrusted";
    /** A {@code @Section} field that does not hold its own section. */
    public static final String SECTION_VALUE = "section-value";
    /** A {@code @Section} field whose class failed to initialize. */
    public static final String SECTION_UNREADABLE = "section-unreadable";
    /** A section whose key function or comparator threw. */
    public static final String SECTION_BUILD = "section-build";
    /** Two map-section items with equal keys. */
    public static final String DUPLICATE_KEY = "duplicate-key";
    /** Two equal set-section items. */
    public static final String DUPLICATE_ITEM = "duplicate-item";
    /** A contribution that yields {@code null}. */
    public static final String ITEM_NULL = "item-null";
    /** A contribution that could not be created. */
    public static final String ITEM_FAILED = "item-failed";
    /** A ctor that threw. */
    public static final String CTOR_THREW = "ctor-threw";
    /** A ctor that shut the JVM down. */
    public static final String CTOR_EXIT = "ctor-exit";
    /** A ctor that left a thread running at seal. */
    public static final String CTOR_THREAD = "ctor-thread";
    /** A dtor that hung or called System.exit at shutdown. */
    public static final String DTOR_STUCK = "dtor-stuck";
    /** A ctor that runs longer than ctor-timeout. */
    public static final String CTOR_SLOW = "ctor-slow";
    /** The JVM was stopped (a signal, or another thread) while a ctor ran. */
    public static final String CTOR_INTERRUPTED = "ctor-interrupted";
    /** A dtor that threw. */
    public static final String DTOR_THREW = "dtor-threw";
    /** A class with Premain annotations loaded by a class loader after seal. */
    public static final String LATE_LOADER = "late-loader";
    /** The agent loaded into a running JVM. */
    public static final String DYNAMIC_ATTACH = "dynamic-attach";

    private ProblemCode() {
    }
}
