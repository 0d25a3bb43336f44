package dev.premain.agent.internal.log;

import dev.premain.agent.internal.options.Verbosity;
import dev.premain.agent.internal.problem.Problem;
import org.slf4j.Logger;

/**
 * The agent's only output channel: stderr, one {@code premain: } line per message, never stdout.
 * Lines go through the agent's own, relocated SLF4J 2 ({@code dev.premain.agent.internal.shaded.org.slf4j})
 * and its {@link StderrLoggingProvider}.
 *
 * <ul>
 *   <li>The application's logging is never touched: no {@code org.slf4j}, Logback, Log4j or JUL class
 *       is loaded or configured here, so the application configures its logging in {@code main}, as
 *       without the agent.
 *   <li>A quiet, successful start loads no SLF4J class at all (see {@link Loggers}).
 *   <li>Never prints SLF4J's own "no providers", "multiple providers" or {@code slf4j.provider} lines.
 * </ul>
 */
public final class Diagnostics {
    // Why volatile: set on the premain thread, read by dtors printing from shutdown-hook threads.
    private static volatile Verbosity verbosity = Verbosity.WARN;

    private Diagnostics() {
    }

    public static void setVerbosity(Verbosity level) {
        verbosity = level;
    }

    public static boolean enabled(Verbosity level) {
        return verbosity.compareTo(level) >= 0;
    }

    /** Prints {@code premain: error: MESSAGE}, at any verbosity. */
    public static void error(String message) {
        Loggers.DIAGNOSTICS.error(message);
    }

    /** Prints {@code premain: warning: MESSAGE} unless {@code verbose=quiet}. */
    public static void warning(String message) {
        // Why check here too: a warning that is not printed must not initialize SLF4J either.
        if (enabled(Verbosity.WARN)) {
            Loggers.DIAGNOSTICS.warn(message);
        }
    }

    /** Prints {@code premain: MESSAGE}, a line of the report (its summary, or the {@code report} option), at any verbosity. */
    public static void info(String message) {
        Loggers.REPORT.info(message);
    }

    /** Prints {@code premain: MESSAGE} with {@code verbose=info} or {@code debug}: what a phase did. */
    public static void detail(String message) {
        if (enabled(Verbosity.INFO)) {
            Loggers.DIAGNOSTICS.info(message);
        }
    }

    /** Prints {@code premain: debug: MESSAGE} with {@code verbose=debug}: per-element details. */
    public static void debug(String message) {
        if (enabled(Verbosity.DEBUG)) {
            Loggers.DIAGNOSTICS.debug(message);
        }
    }

    public static void print(Problem problem) {
        if (problem.isError()) {
            error(problem.text());
        } else {
            warning(problem.text());
        }
    }

    /**
     * The loggers, created when the first line is printed. Why a holder class: the JVM initializes it,
     * and loads SLF4J's classes, only then; a start that prints nothing pays nothing. (The first line
     * loads 14 classes, 9 of them SLF4J's, in 3 to 5 ms on the development machine, JDK 17 and 25.)
     */
    private static final class Loggers {
        static final Logger DIAGNOSTICS;
        static final Logger REPORT;

        static {
            // Why our provider directly, not the (relocated) LoggerFactory: LoggerFactory honours
            // -Dslf4j.provider=, which is the application's setting. With Logback's provider named there it
            // loads 20 of the application's Logback classes before main, then prints "SLF4J(I)", "SLF4J(E)"
            // and a ClassCastException trace (the class does not implement our relocated interface). It
            // would also look for service files on the whole class path, and may print "no providers".
            StderrLoggingProvider provider = new StderrLoggingProvider();
            provider.initialize();
            DIAGNOSTICS = provider.getLoggerFactory().getLogger(StderrLoggerFactory.DIAGNOSTICS);
            REPORT = provider.getLoggerFactory().getLogger(StderrLoggerFactory.REPORT);
        }

        private Loggers() {
        }
    }
}
