package dev.premain.bench.jmh;

import dev.premain.SortedSection;
import java.util.Arrays;
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
 * {@link BenchData#PROBES} binary searches (about half hit) in a sealed, naturally ordered
 * {@link SortedSection} against {@link Arrays#binarySearch(Object[], Object)} on the same sorted
 * Integers (SPEC §6: ≥ 0.95× {@code Arrays.binarySearch}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SortedSearchBench {
    @Param({"1000", "100000"})
    int size;

    private Integer[] array;
    private SortedSection<Integer> section;
    private Integer[] probes;

    /** Builds both sides from the same values; binds a fresh section per size. */
    @Setup
    public void setUp() {
        array = BenchData.evenIntegers(size);
        section = BenchBinder.sealed(SortedSection.of(Integer.class), array.clone());
        probes = BenchData.probes(size);
    }

    /** The baseline: {@code Arrays.binarySearch} on the sorted array. */
    @Benchmark
    public int arraysBinarySearch() {
        int hits = 0;
        for (Integer key : probes) {
            hits += Arrays.binarySearch(array, key) >= 0 ? 1 : 0;
        }
        return hits;
    }

    /** {@link SortedSection#binarySearch(Object)}. */
    @Benchmark
    public int sectionBinarySearch() {
        int hits = 0;
        for (Integer key : probes) {
            hits += section.binarySearch(key) >= 0 ? 1 : 0;
        }
        return hits;
    }
}
