package dev.premain.agent.internal.options;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The trust allow-list: only listed packages (with subpackages) or jars (file names, {@code *}
 * wildcards allowed) may contribute ctors, dtors or section items.
 *
 * @param entries package names and jar file names ({@code *.jar} patterns); null trusts everyone
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

    /** Whether code of {@code className} found in {@code location} may contribute. */
    public boolean trusts(String className, String location) {
        if (entries == null) {
            return true;
        }
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot);
        Path file = Path.of(location).getFileName();
        String jarName = file == null ? location : file.toString();
        for (String entry : entries) {
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
