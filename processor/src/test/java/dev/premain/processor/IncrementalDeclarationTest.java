package dev.premain.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Gradle compiles incrementally only with processors that declare a category. The Premain
 * processor aggregates (one index per compilation, over every class it sees, so Gradle reprocesses
 * all of them and deletes the old index itself); the claim processor writes nothing, so it isolates.
 */
class IncrementalDeclarationTest {

    @Test
    void bothProcessorsDeclareTheirGradleCategory() throws IOException {
        try (InputStream in = PremainProcessor.class.getResourceAsStream(
                "/META-INF/gradle/incremental.annotation.processors")) {
            assertEquals("dev.premain.processor.PremainProcessor,aggregating\n"
                    + "dev.premain.processor.ClaimProcessor,isolating\n",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
