package dev.premain.shade;

import java.io.IOException;

/**
 * An input index that breaks the format, so it cannot be relocated. An {@link IOException} because
 * the shade plugin reports those with the jar and entry it was reading.
 */
final class MalformedIndexException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedIndexException(String resource, String rule) {
        super("Premain index '" + resource + "' cannot be relocated: " + rule + ". The shaded jar is not written."
                + " Rebuild that jar with the Premain annotation processor; never edit an index by hand.");
    }
}
