package dev.premain.agent.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses {@code key=value,key=value} options. Sources, later ones overriding earlier ones: the
 * resource {@value #RESOURCE} in the application, the system property {@value #PROPERTY}, the
 * {@code -javaagent:premain-agent.jar=...} arguments.
 */
final class OptionsParser {
    static final String PROPERTY = "premain.options";
    static final String RESOURCE = "META-INF/premain/options";
    static final String VALID = "packages=PKG[:PKG...], report, shuffle=SEED, on-error=fail|warn";

    private AgentOptions options = AgentOptions.DEFAULTS;

    /** Applies one source of options; {@code origin} names it in messages. */
    OptionsParser apply(String text, String origin) throws OptionsException {
        if (text == null || text.isBlank()) {
            return this;
        }
        for (String pair : text.strip().split("\\s*,\\s*")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq).strip();
            String value = eq < 0 ? null : pair.substring(eq + 1).strip();
            set(key, value, origin);
        }
        return this;
    }

    AgentOptions options() {
        return options;
    }

    private void set(String key, String value, String origin) throws OptionsException {
        AgentOptions o = options;
        switch (key) {
            case "packages":
                options = new AgentOptions(packages(required(key, value, origin)), o.report(), o.shuffleSeed(), o.onError());
                break;
            case "report":
                options = new AgentOptions(o.packages(), flag(key, value, origin), o.shuffleSeed(), o.onError());
                break;
            case "shuffle":
                options = new AgentOptions(o.packages(), o.report(), seed(required(key, value, origin), origin), o.onError());
                break;
            case "on-error":
                options = new AgentOptions(o.packages(), o.report(), o.shuffleSeed(), onError(required(key, value, origin), origin));
                break;
            default:
                throw new OptionsException("Unknown option '" + key + "' in " + origin + ". Premain did not run, so"
                        + " the application was not started. Valid options: " + VALID + ".");
        }
    }

    private static String required(String key, String value, String origin) throws OptionsException {
        if (value == null || value.isEmpty()) {
            throw malformed(key, value, origin, "it needs a value");
        }
        return value;
    }

    private static List<String> packages(String value) {
        List<String> packages = new ArrayList<>();
        for (String name : value.split(":")) {
            if (!name.isBlank()) {
                packages.add(name.strip());
            }
        }
        return List.copyOf(packages);
    }

    private static boolean flag(String key, String value, String origin) throws OptionsException {
        if (value == null || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
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

    private static OnError onError(String value, String origin) throws OptionsException {
        try {
            return OnError.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw malformed("on-error", value, origin, "it must be fail or warn");
        }
    }

    private static OptionsException malformed(String key, String value, String origin, String rule) {
        String shown = value == null ? key : key + "=" + value;
        return new OptionsException("Malformed option '" + shown + "' in " + origin + ": " + rule + ". Premain did"
                + " not run, so the application was not started. Valid options: " + VALID + ".");
    }
}
