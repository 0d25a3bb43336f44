package dev.premain.agent.internal.report;

import dev.premain.agent.internal.runtime.JvmArguments;
import dev.premain.agent.internal.runtime.ModuleOpener;

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
     * Whether the JVM runs, or is about to run, a flight recording. Asked before main, so a listener
     * is registered before JFR starts the command line's recording (right after premain).
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
