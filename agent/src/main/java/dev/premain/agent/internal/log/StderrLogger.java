package dev.premain.agent.internal.log;

import dev.premain.agent.internal.options.Verbosity;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * Prints each event as one {@code premain: } line on stderr: {@code error: }, {@code warning: } or
 * {@code debug: } after the prefix, nothing for info. Levels follow the {@code verbose=} option
 * ({@link Diagnostics#enabled}): quiet = error, warn = warn, info = info, debug = debug; trace is
 * never printed. Levels up to {@code floor} are printed at any verbosity.
 */
public final class StderrLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "premain: ";

    private final Verbosity floor;

    public StderrLogger(String name, Verbosity floor) {
        this.name = name;
        this.floor = floor;
    }

    @Override
    public boolean isTraceEnabled() {
        return false;
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Verbosity.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Verbosity.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Verbosity.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    private boolean enabled(Verbosity level) {
        return level.compareTo(floor) <= 0 || Diagnostics.enabled(level);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null; // Why: no caller data is printed, so no stack walk is needed to find it.
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable throwable) {
        StringBuilder line = new StringBuilder(PREFIX).append(label(level));
        // Why not format without arguments: messages quote paths and names, which may contain "{}".
        line.append(arguments == null ? pattern : MessageFormatter.basicArrayFormat(pattern, arguments));
        if (throwable != null) {
            StringWriter trace = new StringWriter();
            throwable.printStackTrace(new PrintWriter(trace));
            line.append(System.lineSeparator()).append(trace.toString().stripTrailing());
        }
        // Why one println, read from System.err each time: dtors print from shutdown-hook threads, and
        // lines must not interleave; an application that redirected System.err gets our lines there.
        PrintStream err = System.err;
        err.println(line);
        err.flush();
    }

    private static String label(Level level) {
        // Why not a switch: a switch over another class's enum compiles to an extra synthetic class.
        if (level == Level.ERROR) {
            return "error: ";
        }
        if (level == Level.WARN) {
            return "warning: ";
        }
        return level == Level.INFO ? "" : "debug: ";
    }
}
