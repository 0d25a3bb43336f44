package dev.premain.agent.internal.options;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The trust allow-list: only listed packages (with subpackages), jars (file names, {@code *}
 * wildcards allowed) or jar contents ({@code sha256:HEX} pins) may contribute ctors, dtors or
 * section items. Names are spoofable (anyone can name a package {@code com.acme} or a jar
 * {@code acme.jar}); a pin is not.
 *
 * @param entries package names, jar file names ({@code *.jar} patterns) and {@code sha256:} pins;
 *     null trusts everyone
 * @param warnOnly whether untrusted contributors are only reported, and still run
 */
public record TrustPolicy(List<String> entries, boolean warnOnly) {
    /** No allow-list: everything on the class path is trusted. */
    public static final TrustPolicy EVERYONE = new TrustPolicy(null, false);

    public boolean isEveryone() {
        return entries == null;
    }

    public String describe() {
        return String.join(", ", entries);
    }

    /** The prefix of a content pin. */
    public static final String PIN = "sha256:";

    /** The SHA-256 of a jar's (or directory's) content, as 64 lowercase hex digits, or null if unreadable. */
    public interface ContentHash {
        String sha256(String location);
    }

    /** Whether any entry is a content pin (so hashing is needed at all). */
    public boolean hasPins() {
        if (entries != null) {
            for (String entry : entries) {
                if (entry.startsWith(PIN)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether code of {@code className} found in {@code location} may contribute, by name only. */
    public boolean trusts(String className, String location) {
        return trusts(className, location, null);
    }

    /** Whether code of {@code className} found in {@code location} may contribute; pins need {@code hashes}. */
    public boolean trusts(String className, String location, ContentHash hashes) {
        if (entries == null) {
            return true;
        }
        for (String entry : entries) {
            if (entry.startsWith(PIN) && hashes != null && entry.substring(PIN.length()).equals(hashes.sha256(location))) {
                return true;
            }
        }
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot);
        Path file = Path.of(location).getFileName();
        String jarName = file == null ? location : file.toString();
        for (String entry : entries) {
            if (entry.startsWith(PIN)) {
                continue;
            }
            if (entry.endsWith(".jar") ? glob(entry).matcher(jarName).matches()
                    : pkg.equals(entry) || pkg.startsWith(entry + ".")) {
                return true;
            }
        }
        return false;
    }

    private static Pattern glob(String jarPattern) {
        return Pattern.compile(Pattern.quote(jarPattern).replace("*", "\\E.*\\Q"));
    }
}
