package dev.premain.agent.internal.report;

import dev.premain.agent.internal.runtime.CtorTiming;
import dev.premain.agent.internal.runtime.JvmArguments;
import dev.premain.agent.internal.runtime.ModuleOpener;
import java.util.List;

/**
 * Whether this JVM runs a flight recording from its start ({@code -XX:StartFlightRecording}, on the
 * command line, in {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS}), decided without loading
 * any JFR class, so a JVM without one pays nothing. Why not ask JFR: its recording starts only after
 * every agent's {@code premain} has returned, and asking would load it.
 */
public final class FlightRecording {
    private FlightRecording() {
    }

    /**
     * Publishes the timeline to the JVM's flight recording, if it has one. Why before main returns
     * control, not from a background thread: the listener must be registered before JFR starts the
     * command line's recording (right after premain), or a short program could end first.
     *
     * @param opener opens {@code jdk.internal.misc} to the agent, to read the JVM's arguments
     * @param start when the bootstrap started, as {@code System.nanoTime()}
     * @param phases the phases, in order
     * @param durations each phase's duration in nanoseconds
     * @param ctors every ctor that ran
     */
    public static void publish(ModuleOpener opener, long start, List<String> phases, List<Long> durations,
            List<CtorTiming> ctors) {
        if (requested(opener)) {
            // Why behind the check: StartupEvents links against JFR, which a JVM without a recording never loads.
            StartupEvents.publish(start, phases, durations, ctors);
        }
    }

    /**
     * Whether the JVM runs, or is about to run, a flight recording.
     *
     * @param opener opens {@code jdk.internal.misc} to the agent; without an instrumentation (the
     *     in-process route, which runs after JFR started) JFR is asked instead, if it is in the JVM
     * @return whether a recording runs, or will as soon as {@code premain} returns
     */
    public static boolean requested(ModuleOpener opener) {
        String[] arguments = JvmArguments.read(opener);
        if (arguments != null) {
            for (String argument : arguments) {
                if (argument.startsWith("-XX:StartFlightRecording") || argument.equals("-XX:+FlightRecorder")) {
                    return true;
                }
            }
            return false;
        }
        try {
            return ModuleLayer.boot().findModule("jdk.jfr").isPresent() && StartupEvents.recorderRunning();
        } catch (RuntimeException | LinkageError e) {
            return false; // Why quiet: the events are a courtesy to a recording; the start must not suffer.
        }
    }
}
