package dev.premain.agent.internal.options;

import java.nio.file.Path;

/** Where the scan cache lives unless the {@code cache} option says otherwise. */
public final class CacheLocation {
    private CacheLocation() {
    }

    /** The default location: {@code $XDG_CACHE_HOME/premain}, else {@code ~/.cache/premain}. */
    public static Path defaultDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("premain");
    }
}
