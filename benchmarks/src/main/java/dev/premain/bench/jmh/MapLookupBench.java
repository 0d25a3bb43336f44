package dev.premain.bench.jmh;

import dev.premain.MapSection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link BenchData#PROBES} key lookups (three in four hit) in a sealed {@link MapSection} against
 * {@code Map.copyOf(...).get(key)} over the same entries (SPEC §6: ≥ 1.0× {@code Map.copyOf}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MapLookupBench {
    @Param({"1000", "100000"})
    int size;

    private Map<String, Keyed> map;
    private MapSection<String, Keyed> section;
    private String[] probes;

    /** Builds both sides from the same values; binds a fresh section per size. */
    @Setup
    public void setUp() {
        Keyed[] values = new Keyed[size];
        Map<String, Keyed> entries = new HashMap<>();
        for (int i = 0; i < size; i++) {
            values[i] = new Keyed(BenchData.key(i), i);
            entries.put(values[i].key(), values[i]);
        }
        map = Map.copyOf(entries);
        section = BenchBinder.sealed(MapSection.of(Keyed.class, Keyed::key), values);
        probes = BenchData.keyProbes(size);
    }

    /** The baseline: {@code Map.copyOf(...).get(key)}. */
    @Benchmark
    public int mapCopyOfGet() {
        int found = 0;
        for (String key : probes) {
            Keyed value = map.get(key);
            found += value == null ? 0 : value.value();
        }
        return found;
    }

    /** {@link MapSection#lookup(Object)}. */
    @Benchmark
    public int sectionLookup() {
        int found = 0;
        for (String key : probes) {
            Keyed value = section.lookup(key);
            found += value == null ? 0 : value.value();
        }
        return found;
    }
}
