package dev.premain.agent.internal.discovery;

import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A class-path entry nested in a jar, as Spring Boot's launcher names it (3.2+):
 * {@code jar:nested:/app.jar/!BOOT-INF/classes/!/} for a directory inside the jar, and
 * {@code jar:nested:/app.jar/!BOOT-INF/lib/x.jar!/} for a jar inside it.
 *
 * @param outer the jar on disk
 * @param entry the entry inside it: ends with {@code /} for a directory, {@code .jar} for a jar
 * @param location the URL as the class loader gives it, which is also its classes' code source
 */
record NestedEntry(Path outer, String entry, String location) {
    private static final String PREFIX = "jar:nested:";

    /** The entry a URL names, or {@code null} if it is not a nested one. */
    static NestedEntry of(URL url) {
        String text = url.toString();
        if (!text.startsWith(PREFIX) || !text.endsWith("!/")) {
            return null;
        }
        String inner = text.substring(PREFIX.length(), text.length() - "!/".length());
        int separator = inner.indexOf("/!");
        if (separator < 0) {
            return null;
        }
        // Why '+' kept: URLDecoder reads it as a space, but in a path it is a plus.
        String outer = URLDecoder.decode(inner.substring(0, separator).replace("+", "%2B"), StandardCharsets.UTF_8);
        return new NestedEntry(Path.of(outer), inner.substring(separator + 2), text);
    }

    /** Whether it is a directory inside the jar, such as {@code BOOT-INF/classes/}. */
    boolean isDirectory() {
        return entry.endsWith("/");
    }
}
