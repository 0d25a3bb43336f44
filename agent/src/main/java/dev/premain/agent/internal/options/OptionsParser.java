package dev.premain.agent.internal.options;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses {@code key=value,key=value} options. Sources, later ones overriding earlier ones: the
 * resource {@value #RESOURCE} in the application, the system property {@value #PROPERTY}, the
 * {@code -javaagent:premain-agent.jar=...} arguments.
 */
public final class OptionsParser {
    public static final String PROPERTY = "premain.options";
    public static final String RESOURCE = "META-INF/premain/options";
    public static final String VALID = "packages=PKG[:PKG...], report, shuffle=SEED, on-error=fail|warn,"
            + " index=prefer|only|off, cache=DIR|off, classpath-index=FILE|off, trust=PKG-or-JAR-or-sha256:HEX[:...], trust-mode=enforce|warn,"
            + " verbose=quiet|warn|info|debug, late-loaders=off|report, ctor-timeout=SECONDS,"
            + " dtor-timeout=SECONDS";

    private List<String> packages = List.of();
    private boolean report;
    private Path reportFile;
    private Long shuffleSeed;
    private OnError onError = OnError.FAIL;
    private IndexMode index = IndexMode.PREFER;
    private Path cache = CacheLocation.defaultDirectory();
    private ClassPathIndexOption classPathIndex = ClassPathIndexOption.AUTO;
    private List<String> trusted;
    private boolean trustWarnOnly;
    private Verbosity verbosity = Verbosity.WARN;
    private boolean watchLateLoaders;
    private long ctorTimeoutMillis = Timeouts.DEFAULT.ctorMillis();
    private long dtorTimeoutMillis = Timeouts.DEFAULT.dtorMillis();

    /** Applies one source of options; {@code origin} names it in messages. */
    public OptionsParser apply(String text, String origin) throws OptionsException {
        if (text == null || text.isBlank()) {
            return this;
        }
        for (String pair : text.strip().split("\\s*,\\s*")) {
            if (pair.isEmpty()) {
                continue; // Why: "report,,shuffle=1" is a typo, not an option named ''.
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq).strip();
            set(key, eq < 0 ? null : pair.substring(eq + 1).strip(), origin);
        }
        return this;
    }

    public AgentOptions options() {
        TrustPolicy trust = trusted == null ? TrustPolicy.EVERYONE : new TrustPolicy(trusted, trustWarnOnly);
        return new AgentOptions(packages, report, shuffleSeed, onError, index, cache, trust, verbosity,
                watchLateLoaders, new Timeouts(ctorTimeoutMillis, dtorTimeoutMillis), reportFile,
                classPathIndex);
    }

    private void set(String key, String value, String origin) throws OptionsException {
        switch (key) {
            case "packages" -> packages = names(key, required(key, value, origin), origin);
            case "report" -> {
                if (value != null && value.endsWith(".html")) {
                    reportFile = reportFile(value, origin);
                } else {
                    report = flag(key, value, origin);
                }
            }
            case "shuffle" -> shuffleSeed = seed(required(key, value, origin), origin);
            case "on-error" -> onError = choice(OnError.class, key, required(key, value, origin), origin, "fail or warn");
            case "index" -> index = choice(IndexMode.class, key, required(key, value, origin), origin,
                    "prefer, only or off");
            case "cache" -> cache = cacheDirectory(required(key, value, origin), origin);
            case "classpath-index" -> classPathIndex = classPathIndex(required(key, value, origin), origin);
            case "trust" -> trusted = names(key, required(key, value, origin), origin);
            case "trust-mode" -> trustWarnOnly = choice(TrustMode.class, key, required(key, value, origin), origin,
                    "enforce or warn") == TrustMode.WARN;
            case "late-loaders" -> watchLateLoaders = choice(LateLoaders.class, key, required(key, value, origin), origin,
                    "off or report") == LateLoaders.REPORT;
            case "verbose" -> verbosity = choice(Verbosity.class, key, required(key, value, origin), origin,
                    "quiet, warn, info or debug");
            case "ctor-timeout" -> ctorTimeoutMillis = seconds(key, required(key, value, origin), origin);
            case "dtor-timeout" -> dtorTimeoutMillis = seconds(key, required(key, value, origin), origin);
            default -> throw new OptionsException("Unknown option '" + key + "' in " + origin + ". Premain did not run,"
                    + " so the application was not started. Valid options: " + VALID + ".");
        }
    }

    private static String required(String key, String value, String origin) throws OptionsException {
        if (value == null || value.isEmpty()) {
            throw malformed(key, value, origin, "it needs a value");
        }
        return value;
    }

    private static List<String> names(String key, String value, String origin) throws OptionsException {
        List<String> names = new ArrayList<>();
        String[] parts = value.split(":");
        for (int i = 0; i < parts.length; i++) {
            String entry = parts[i].strip();
            if (entry.equals("sha256") && !key.equals("packages") && i + 1 < parts.length) {
                entry = TrustPolicy.PIN + parts[++i].strip(); // Why: ':' also separates entries; a pin keeps its own.
            }
            if (!entry.isEmpty()) {
                if (!isPackageName(entry) && (key.equals("packages") || !(isJarPattern(entry) || isPin(entry)))) {
                    throw malformed(key, value, origin, "'" + entry + "' is not a package name (like com.acme)"
                            + (key.equals("packages") ? "" : " nor a jar file name (like acme-*.jar) nor a content pin"
                            + " (sha256: and 64 hex digits, as the audit prints them)"));
                }
                names.add(entry);
            }
        }
        if (names.isEmpty()) {
            throw malformed(key, value, origin, key.equals("packages") ? "it needs at least one package name"
                    : "it needs at least one package or jar name");
        }
        return List.copyOf(names);
    }

    /** {@code com.acme}: identifiers joined by dots. Why checked: {@code *} or {@code .} would match nothing, silently. */
    static boolean isPackageName(String name) {
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))) {
                return false;
            }
            for (int i = 1; i < part.length(); i++) {
                if (!Character.isJavaIdentifierPart(part.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code sha256:} and 64 lowercase hex digits. */
    static boolean isPin(String name) {
        return name.startsWith(TrustPolicy.PIN) && name.substring(TrustPolicy.PIN.length()).matches("[0-9a-f]{64}");
    }

    /** {@code acme-*.jar}: a file name ending in {@code .jar}, with something besides wildcards before it. */
    static boolean isJarPattern(String name) {
        return name.endsWith(".jar") && name.indexOf('/') < 0 && name.indexOf('\\') < 0
                && !name.substring(0, name.length() - ".jar".length()).replace("*", "").isEmpty();
    }

    /** A positive number of seconds, decimals allowed, in milliseconds. */
    private static long seconds(String key, String value, String origin) throws OptionsException {
        try {
            double seconds = Double.parseDouble(value);
            if (seconds > 0 && seconds <= 86_400) {
                return Math.max(1, Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw malformed(key, value, origin, "it must be a number of seconds between 0 and 86400, like 30 or 0.5");
    }

    private static boolean flag(String key, String value, String origin) throws OptionsException {
        if (value == null || value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw malformed(key, value, origin, "it must be true or false");
    }

    private static Long seed(String value, String origin) throws OptionsException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw malformed("shuffle", value, origin, "the seed must be a whole number");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String key, String value, String origin, String rule)
            throws OptionsException {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw malformed(key, value, origin, "it must be " + rule);
        }
    }

    /** What to do about annotated classes that late class loaders load. */
    private enum LateLoaders {
        OFF, REPORT
    }

    /** The two trust modes. */
    private enum TrustMode {
        ENFORCE, WARN
    }

    private static Path reportFile(String value, String origin) throws OptionsException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw malformed("report", value, origin, "it must be a file name ending in .html, or true or false");
        }
    }

    private static Path cacheDirectory(String value, String origin) throws OptionsException {
        if (value.equals("off")) {
            return null;
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw malformed("cache", value, origin, "it must be a directory or off");
        }
    }

    private static ClassPathIndexOption classPathIndex(String value, String origin) throws OptionsException {
        if (value.equals("off")) {
            return ClassPathIndexOption.OFF;
        }
        try {
            return new ClassPathIndexOption(true, Path.of(value));
        } catch (InvalidPathException e) {
            throw malformed("classpath-index", value, origin, "it must be a file or off");
        }
    }

    private static OptionsException malformed(String key, String value, String origin, String rule) {
        String shown = value == null ? key : key + "=" + value;
        return new OptionsException("Malformed option '" + shown + "' in " + origin + ": " + rule + ". Premain did"
                + " not run, so the application was not started. Valid options: " + VALID + ".");
    }
}
