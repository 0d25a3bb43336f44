package dev.premain.bench.jmh;

/**
 * A map-section value that carries its own key, as real registries' items do.
 *
 * @param key the lookup key
 * @param value the payload summed by the benchmark
 */
public record Keyed(String key, int value) {
}
