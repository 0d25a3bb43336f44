package dev.premain.agent.internal.log;

import dev.premain.agent.internal.options.Verbosity;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/** Hands out one {@link StderrLogger} per name; {@value #REPORT} prints at every verbosity. */
public final class StderrLoggerFactory implements ILoggerFactory {
    /** Problems: errors always, warnings unless {@code verbose=quiet}, details at {@code info}/{@code debug}. */
    public static final String DIAGNOSTICS = "premain";
    /**
     * The report's summary lines and what the {@code report} option asked for. Why its own level: they
     * are printed at any verbosity (a report that ends without its "main was not started" line, or a
     * requested report that {@code verbose=quiet} swallowed, would be wrong), as per-logger levels are
     * configured in any SLF4J backend.
     */
    public static final String REPORT = "premain.report";

    private final ConcurrentMap<String, StderrLogger> loggers = new ConcurrentHashMap<>();

    @Override
    public Logger getLogger(String name) {
        StderrLogger logger = loggers.get(name);
        if (logger != null) {
            return logger;
        }
        // Why not computeIfAbsent: a lambda spins up LambdaMetafactory before main, for nothing.
        StderrLogger created = new StderrLogger(name, REPORT.equals(name) ? Verbosity.INFO : Verbosity.QUIET);
        StderrLogger raced = loggers.putIfAbsent(name, created);
        return raced == null ? created : raced;
    }
}
