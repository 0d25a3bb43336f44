package dev.premain.agent.internal.log;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The agent's SLF4J 2 provider: {@link StderrLogger}s, no MDC. In the shaded jar both this type's
 * interface and its service registration live under {@code dev.premain.agent.internal.shaded.org.slf4j},
 * so the application's own SLF4J 1.7/2.x never sees it and it never sees the application's providers.
 *
 * <p>Public only because {@link java.util.ServiceLoader} instantiates class-path providers that way;
 * the agent itself does not go through the service registration (see {@link Diagnostics}).
 */
public final class StderrLoggingProvider implements SLF4JServiceProvider {
    private StderrLoggerFactory loggerFactory;
    private IMarkerFactory markerFactory;
    private MDCAdapter mdcAdapter;

    /** Creates an uninitialized provider, as {@link java.util.ServiceLoader} does. */
    public StderrLoggingProvider() {
    }

    @Override
    public void initialize() {
        loggerFactory = new StderrLoggerFactory();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    // Why created on first request: the agent logs without markers or MDC, and each class SLF4J loads
    // delays a start that prints a warning; only LoggerFactory's MarkerFactory/MDC facades ask for these.
    @Override
    public synchronized IMarkerFactory getMarkerFactory() {
        if (markerFactory == null) {
            markerFactory = new BasicMarkerFactory();
        }
        return markerFactory;
    }

    @Override
    public synchronized MDCAdapter getMDCAdapter() {
        if (mdcAdapter == null) {
            mdcAdapter = new NOPMDCAdapter();
        }
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99"; // Why: any 2.0.x passes LoggerFactory's compatibility check; slf4j-simple says the same.
    }
}
