package dev.premain.agent.internal.report;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;
import jdk.jfr.Timestamp;

/**
 * One phase of Premain's bootstrap, as a JFR event. Why explicit start and duration fields: JFR's
 * recording starts after {@code premain} returns, so the events are committed then, and carry when
 * the phase really ran.
 */
@Name("dev.premain.Phase")
@Label("Premain Phase")
@Category({"Premain"})
@Description("A phase of Premain's bootstrap before main: scan, analyze, link, ctors or seal")
@StackTrace(false)
final class PhaseEvent extends jdk.jfr.Event {
    @Label("Phase")
    String phase;

    @Label("Started")
    @Timestamp(Timestamp.MILLISECONDS_SINCE_EPOCH)
    long started;

    @Label("Took")
    @Timespan(Timespan.NANOSECONDS)
    long took; // Why not "duration": JFR gives every event an implicit field of that name.
}
