package dev.premain.agent.internal.report;

import dev.premain.agent.internal.runtime.CtorTiming;
import java.util.List;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;

/**
 * Puts Premain's phases and ctors into the user's flight recording: at once if one runs, else as
 * soon as one starts (JFR starts the command line's recording after {@code premain} returns). Loaded
 * only when {@link FlightRecording#requested} says a recording is there.
 */
public final class StartupEvents implements FlightRecorderListener {
    private final long epochNanosAtStart;
    private final List<String> phases;
    private final List<Long> durations;
    private final List<CtorTiming> ctors;
    private final long start;
    private boolean published;

    private StartupEvents(long start, List<String> phases, List<Long> durations, List<CtorTiming> ctors) {
        this.start = start;
        this.phases = phases;
        this.durations = durations;
        this.ctors = ctors;
        // Why one offset: nanoTime has no epoch; this maps the timeline to wall-clock time once.
        this.epochNanosAtStart = System.currentTimeMillis() * 1_000_000L - (System.nanoTime() - start);
    }

    /**
     * Publishes the bootstrap's timeline to the recording that runs or is about to.
     *
     * @param start when the bootstrap started, as {@code System.nanoTime()}
     * @param phases the phases, in order
     * @param durations each phase's duration in nanoseconds
     * @param ctors every ctor that ran, with its start and duration
     */
    public static void publish(long start, List<String> phases, List<Long> durations, List<CtorTiming> ctors) {
        try {
            StartupEvents events = new StartupEvents(start, phases, durations, ctors);
            FlightRecorder.addListener(events);
            if (recorderRunning()) {
                events.publishOnce();
            }
        } catch (RuntimeException | LinkageError e) {
            // Why quiet: the events are a courtesy to a recording (JFR may be disabled or absent); main must start.
        }
    }

    /** Whether JFR is initialized and a recording runs. */
    static boolean recorderRunning() {
        if (!FlightRecorder.isInitialized()) {
            return false;
        }
        for (Recording recording : FlightRecorder.getFlightRecorder().getRecordings()) {
            if (recording.getState() == RecordingState.RUNNING) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void recordingStateChanged(Recording recording) {
        try {
            if (recording.getState() == RecordingState.RUNNING) {
                publishOnce();
            }
        } catch (RuntimeException | LinkageError e) {
            // Why quiet: this runs inside JFR's start of a recording, which must not fail because of us.
        }
    }

    private synchronized void publishOnce() {
        if (published) {
            return;
        }
        published = true;
        long at = start;
        for (int i = 0; i < phases.size(); i++) {
            PhaseEvent event = new PhaseEvent();
            event.phase = phases.get(i);
            event.started = epochMillis(at);
            event.took = durations.get(i);
            event.commit();
            at += durations.get(i);
        }
        for (CtorTiming timing : ctors) {
            CtorEvent event = new CtorEvent();
            event.ctor = timing.name();
            event.location = timing.location();
            event.started = epochMillis(timing.startNanos());
            event.took = timing.durationNanos();
            event.commit();
        }
    }

    private long epochMillis(long nanoTime) {
        return (epochNanosAtStart + (nanoTime - start)) / 1_000_000L;
    }
}
