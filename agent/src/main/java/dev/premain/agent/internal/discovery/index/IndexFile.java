package dev.premain.agent.internal.discovery.index;

import dev.premain.agent.internal.model.Declarations;
import java.util.Set;

/**
 * One parsed index: which classes it vouches for, and what they declare.
 *
 * @param covers binary names of every class the index speaks for
 * @param content the declarations, as if scanned
 */
public record IndexFile(Set<String> covers, Declarations content) {
}
