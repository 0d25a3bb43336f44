package dev.premain.agent.internal.runtime;

/**
 * When one ctor ran.
 *
 * @param name the ctor, as {@code com.acme.Startup.init}
 * @param location the jar or directory it comes from
 * @param startNanos its start, as {@code System.nanoTime()}
 * @param durationNanos how long it ran
 */
public record CtorTiming(String name, String location, long startNanos, long durationNanos) {
}
