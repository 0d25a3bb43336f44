package dev.premain.bench.jmh;

import dev.premain.ImmutableSection;
import java.util.List;
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
 * Sums a sealed {@link ImmutableSection} of {@code size} Integers, by for-each and by {@code get(i)},
 * against the same Integers in a plain {@code Integer[]} (SPEC §6: iteration ≥ 0.95× an array), and
 * in a {@code List.copyOf} list, the JDK's own immutable list over an {@code Object[]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IterationBench {
    @Param({"1000", "100000"})
    int size;

    private Integer[] array;
    private ImmutableSection<Integer> section;
    private List<Integer> list;

    /** Binds a fresh section per size: a section is linked once and never rebound. */
    @Setup
    public void setUp() {
        array = BenchData.evenIntegers(size);
        section = BenchBinder.sealed(ImmutableSection.of(Integer.class), array.clone());
        list = List.copyOf(List.of(array));
    }

    /** The baseline: for-each over the array. */
    @Benchmark
    public int arrayForEach() {
        int sum = 0;
        for (Integer value : array) {
            sum += value;
        }
        return sum;
    }

    /**
     * For-each over {@code List.copyOf(...)}: like a section, a generic container over an
     * {@code Object[]}, so every element read needs a cast the {@code Integer[]} loop does not.
     */
    @Benchmark
    public int listForEach() {
        int sum = 0;
        for (Integer value : list) {
            sum += value;
        }
        return sum;
    }

    /** For-each over the section (its iterator). */
    @Benchmark
    public int sectionForEach() {
        int sum = 0;
        for (Integer value : section) {
            sum += value;
        }
        return sum;
    }

    /** Indexed reads through {@code get(i)}, which checks the index on every call. */
    @Benchmark
    public int sectionGet() {
        int sum = 0;
        for (int i = 0, n = section.size(); i < n; i++) {
            sum += section.get(i);
        }
        return sum;
    }
}
