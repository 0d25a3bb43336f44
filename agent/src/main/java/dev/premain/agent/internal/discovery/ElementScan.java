package dev.premain.agent.internal.discovery;

import dev.premain.agent.internal.discovery.cache.JarIdentity;
import dev.premain.agent.internal.model.Declarations;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What one class-path element declares, as far as its indexes, its cache entry and the byte
 * pre-filter tell: immutable, so it can be cached and merged without anyone flipping its state.
 *
 * @param path the jar or directory
 * @param identity the jar's identity, or {@code null} for a directory
 * @param found what it declares: from its indexes or its cache entry, and from the classes parsed at
 *     this start
 * @param candidates the classes no index covers whose bytes mention Premain: parsed at this start
 *     (a jar with any is not wholly indexed)
 * @param cacheable whether its result is worth a per-jar cache file: a jar that needed a scan and
 *     whose indexes were all trustworthy
 * @param indexEntries when everything it declares came from its own trustworthy indexes with nothing
 *     left to parse, those indexes' entry names, else none: a cache then remembers only these names,
 *     never the records, which are read from the jar again (an index is as trustworthy as its jar;
 *     a cache file is not)
 * @param location what its records name as their location: the path, or for an entry nested in a
 *     jar (Spring Boot's {@code BOOT-INF/lib/x.jar}) the URL its class loader gives
 */
record ElementScan(Path path, JarIdentity identity, Declarations found, Set<String> candidates, boolean cacheable,
        List<String> indexEntries, String location) {

    /** An element served from a cache: nothing parsed, nothing to write back. */
    static ElementScan cached(Path path, Declarations found) {
        return cached(path, path.toString(), found);
    }

    /** An element served from a cache, whose records name {@code location}. */
    static ElementScan cached(Path path, String location, Declarations found) {
        return new ElementScan(path, null, found, Set.of(), false, List.of(), location);
    }
}
