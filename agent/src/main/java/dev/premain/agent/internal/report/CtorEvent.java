package dev.premain.agent.internal.report;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;
import jdk.jfr.Timestamp;

/** One {@code @Ctor} method Premain ran before main, as a JFR event (see {@link PhaseEvent} on times). */
@Name("dev.premain.Ctor")
@Label("Premain Ctor")
@Category({"Premain"})
@Description("A @Ctor method Premain ran before main, with the jar or directory it comes from")
@StackTrace(false)
final class CtorEvent extends jdk.jfr.Event {
    @Label("Ctor")
    String ctor;

    @Label("Jar or Directory")
    String location;

    @Label("Started")
    @Timestamp(Timestamp.MILLISECONDS_SINCE_EPOCH)
    long started;

    @Label("Took")
    @Timespan(Timespan.NANOSECONDS)
    long took; // Why not "duration": JFR gives every event an implicit field of that name.
}
