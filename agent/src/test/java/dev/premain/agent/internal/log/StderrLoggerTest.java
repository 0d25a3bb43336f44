package dev.premain.agent.internal.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.agent.internal.options.Verbosity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.spi.SLF4JServiceProvider;

/** The agent's SLF4J provider: one {@code premain: } line per event, levels from {@code verbose=}. */
public class StderrLoggerTest {

    @AfterEach
    public void restoreDefaultVerbosity() {
        Diagnostics.setVerbosity(Verbosity.WARN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            QUIET | premain: error: e
            WARN  | premain: error: e, premain: warning: w
            INFO  | premain: error: e, premain: warning: w, premain: i
            DEBUG | premain: error: e, premain: warning: w, premain: i, premain: debug: d
            """)
    public void levelsFollowVerbosity(Verbosity verbosity, String expected) {
        Diagnostics.setVerbosity(verbosity);
        Logger logger = logger(StderrLoggerFactory.DIAGNOSTICS);
        assertEquals(List.of(expected.split(", ")), lines(() -> {
            logger.error("e");
            logger.warn("w");
            logger.info("i");
            logger.debug("d");
            logger.trace("t");
        }));
    }

    @ParameterizedTest
    @CsvSource({"QUIET", "WARN"})
    public void reportLinesPrintAtEveryVerbosity(Verbosity verbosity) {
        Diagnostics.setVerbosity(verbosity);
        Logger report = logger(StderrLoggerFactory.REPORT);
        assertTrue(report.isInfoEnabled());
        assertFalse(report.isDebugEnabled());
        assertEquals(List.of("premain: 1 error; main was not started."),
                lines(() -> report.info("1 error; main was not started.")));
    }

    @Test
    public void bracesAreFormattedOnlyWhenThereAreArguments() {
        Logger logger = logger(StderrLoggerFactory.DIAGNOSTICS);
        assertEquals(List.of("premain: warning: Cannot read '/tmp/{}.jar'.", "premain: warning: 2 of 3"),
                lines(() -> {
                    logger.warn("Cannot read '/tmp/{}.jar'.");
                    logger.warn("{} of {}", 2, 3);
                }));
    }

    @Test
    public void throwableFollowsTheLine() {
        List<String> lines = lines(() -> logger(StderrLoggerFactory.DIAGNOSTICS)
                .error("failed", new IllegalStateException("boom")));
        assertEquals(List.of("premain: error: failed", "java.lang.IllegalStateException: boom"), lines.subList(0, 2));
        assertTrue(lines.get(2).startsWith("\tat dev.premain.agent.internal.log.StderrLoggerTest"), lines.get(2));
    }

    @Test
    public void providerIsRegisteredForServiceLoader() {
        // Why: the shaded jar relocates this registration with SLF4J; it must exist to be relocated.
        assertEquals(List.of(StderrLoggingProvider.class), ServiceLoader.load(SLF4JServiceProvider.class).stream()
                .map(ServiceLoader.Provider::type).toList());
    }

    private static Logger logger(String name) {
        StderrLoggingProvider provider = new StderrLoggingProvider();
        provider.initialize();
        return provider.getLoggerFactory().getLogger(name);
    }

    private static List<String> lines(Runnable action) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream err = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setErr(err);
            action.run();
        } finally {
            System.setErr(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
