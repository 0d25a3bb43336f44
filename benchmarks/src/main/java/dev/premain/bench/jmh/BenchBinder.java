package dev.premain.bench.jmh;

import dev.premain.SectionBinder;
import dev.premain.TypedSection;

/**
 * The benchmark JVM's one {@link SectionBinder}, claimed once and shared by every {@code @Setup}.
 *
 * <p>Why a static holder: the first {@link SectionBinder#claim()} in a JVM wins and every later one
 * returns empty, while JMH runs {@code @Setup} once per trial and per parameter value. The JMH
 * forks run no agent, so this claim is the first.
 */
final class BenchBinder {
    private static final SectionBinder BINDER = SectionBinder.claim().orElseThrow(() -> new IllegalStateException(
            "The section binder was claimed before: run the benchmarks without the Premain agent."));

    private BenchBinder() {
    }

    /** Fills and seals {@code section} with {@code items}, as the agent does before main. */
    static <S extends TypedSection<?>> S sealed(S section, Object[] items) {
        BINDER.bind(section, "bench." + section.elementType().getSimpleName(), items);
        BINDER.seal(section);
        return section;
    }
}
