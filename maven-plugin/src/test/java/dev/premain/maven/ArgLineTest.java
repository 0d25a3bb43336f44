package dev.premain.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArgLineTest {
    private static final Path JAR = Path.of("/m2/dev/premain/premain-agent.jar");

    @Test
    void theAgentAloneWhenNothingWasSet() {
        assertEquals("-javaagent:/m2/dev/premain/premain-agent.jar", ArgLine.append(null, JAR, null));
        assertEquals("-javaagent:/m2/dev/premain/premain-agent.jar", ArgLine.append("  ", JAR, " "));
    }

    @Test
    void appendsToWhatWasThereAsJacocoDoes() {
        assertEquals("-javaagent:/j/jacocoagent.jar=destfile=x -javaagent:/m2/dev/premain/premain-agent.jar",
                ArgLine.append("-javaagent:/j/jacocoagent.jar=destfile=x ", JAR, null));
    }

    @Test
    void optionsFollowAnEqualsSign() {
        assertEquals("-Xmx1g -javaagent:/m2/dev/premain/premain-agent.jar=trust=com.acme,report",
                ArgLine.append("-Xmx1g", JAR, "trust=com.acme,report"));
    }

    @Test
    void aPathWithSpacesIsQuotedWholeWithItsOptions() {
        assertEquals("-ea \"-javaagent:/Users/A B/premain-agent.jar=report\"",
                ArgLine.append("-ea", Path.of("/Users/A B/premain-agent.jar"), "report"));
    }

    @Test
    void aRelativePathBecomesAbsolute() {
        assertEquals("-javaagent:" + Path.of("agent.jar").toAbsolutePath(), ArgLine.javaagent(Path.of("agent.jar"), ""));
    }
}
