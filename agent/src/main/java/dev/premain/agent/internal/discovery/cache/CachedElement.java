package dev.premain.agent.internal.discovery.cache;

import dev.premain.agent.internal.model.Declarations;
import java.nio.file.Path;

/**
 * One class-path element as the whole-class-path cache stores it.
 *
 * @param path the jar
 * @param declared what it declares
 */
public record CachedElement(Path path, Declarations declared) {
}
