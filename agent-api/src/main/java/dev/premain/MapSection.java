package dev.premain;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A section of values looked up by a key computed from each value: the analogue of Rust's
 * {@code ScatteredMap}. Two contributions with equal keys are an error that names both
 * contributors; iteration and {@link #get(int)} follow contribution order.
 *
 * @param <K> the key type
 * @param <V> the element (value) type
 * @since 0.1
 */
public final class MapSection<K, V> extends SectionStore<V> implements TypedSection<V> {
    private final Function<? super V, ? extends K> keyOf;
    private Map<K, V> byKey;
    private List<K> keys;

    private MapSection(Class<V> valueType, Function<? super V, ? extends K> keyOf) {
        super(valueType);
        this.keyOf = Objects.requireNonNull(keyOf, "keyOf");
    }

    @Override
    MapSection<K, V> unlinkedCopy() {
        return new MapSection<>(elementType(), keyOf);
    }

    /**
     * Declares a map section.
     *
     * @param valueType the type every contribution must have
     * @param keyOf computes each value's key; keys must be unique and non-null
     * @param <K> the key type
     * @param <V> the value type
     * @return an unlinked section that Premain fills before {@code main}
     */
    public static <K, V> MapSection<K, V> of(Class<V> valueType, Function<? super V, ? extends K> keyOf) {
        return new MapSection<>(valueType, keyOf);
    }

    @Override
    int[] clashes(Object[] contents) {
        Map<K, Integer> seen = new HashMap<>();
        for (int i = 0; i < contents.length; i++) {
            Integer first = seen.putIfAbsent(keyOf(contents[i]), i);
            if (first != null) {
                return new int[] {first, i};
            }
        }
        return new int[0];
    }

    @Override
    @SuppressWarnings("unchecked")
    void index(Object[] contents) {
        Object[] keyArray = new Object[contents.length];
        Map<K, V> map = new HashMap<>();
        for (int i = 0; i < contents.length; i++) {
            K key = keyOf(contents[i]);
            keyArray[i] = key;
            map.put(key, (V) contents[i]);
        }
        this.byKey = Map.copyOf(map);
        this.keys = (List<K>) List.of(keyArray);
    }

    @SuppressWarnings("unchecked")
    private K keyOf(Object value) {
        return Objects.requireNonNull(keyOf.apply((V) value), "a key of section values");
    }

    /**
     * The value for {@code key}. Named {@code lookup}, not {@code get}, so that an {@code int} key
     * can never silently select {@link #get(int)}, the read by index.
     *
     * @param key the key, not {@code null}
     * @return the value, or {@code null} if absent
     * @throws NullPointerException if {@code key} is null
     */
    public V lookup(Object key) {
        checkLinked();
        return byKey.get(key);
    }

    /**
     * The value for {@code key}, if any.
     *
     * @param key the key
     * @return the value, or empty
     */
    public Optional<V> find(Object key) {
        return Optional.ofNullable(lookup(key));
    }

    /**
     * Whether a value has this key.
     *
     * @param key the key, not {@code null}
     * @return {@code true} if present
     * @throws NullPointerException if {@code key} is null
     */
    public boolean containsKey(Object key) {
        checkLinked();
        return byKey.containsKey(key);
    }

    /**
     * The keys, in section order ({@code keys().get(i)} is the key of {@code get(i)}).
     *
     * @return an unmodifiable list of keys
     */
    public List<K> keys() {
        checkLinked();
        return keys;
    }

    /**
     * An unmodifiable map view; its iteration order is unspecified, use {@link #keys()} for order.
     *
     * @return the map
     */
    public Map<K, V> asMap() {
        checkLinked();
        return Collections.unmodifiableMap(byKey);
    }
}
