package dev.premain.agent.internal.discovery.cache;

import dev.premain.agent.internal.model.Declarations;
import java.nio.file.Path;
import java.util.List;

/**
 * One class-path element as the whole-class-path cache stores it.
 *
 * @param path the jar
 * @param declared what it declares; nothing for an indexed jar, whose records are not cached
 * @param indexEntries for a jar whose every record comes from its own indexes, those indexes' entry
 *     names, read from the jar again on every start (a cache file never vouches for an index's
 *     records); else none
 */
public record CachedElement(Path path, Declarations declared, List<String> indexEntries, String location) {
    /**
     * Checks and copies.
     *
     * @param path the jar
     * @param declared what it declares
     * @param indexEntries its index entries, or none
     * @param location what its records name as their location: the path, or the URL of an entry nested
     *     in a jar
     */
    public CachedElement {
        indexEntries = List.copyOf(indexEntries);
    }

    /** An element whose location is its path. */
    public CachedElement(Path path, Declarations declared, List<String> indexEntries) {
        this(path, declared, indexEntries, path.toString());
    }

    /** Whether its records are to be read from its indexes rather than taken from the cache. */
    public boolean indexed() {
        return !indexEntries.isEmpty();
    }
}
