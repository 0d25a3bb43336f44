package dev.premain.internal.rules;

/**
 * The one template every Premain diagnostic follows: subject, rule broken, location, cause,
 * consequence, fix. For example {@code @Ctor method 'com.acme.Db.init' must be static (in
 * lib/acme-db.jar). It will not run. Declare it as 'static void init()'.}
 */
public final class MessageTemplate {
    private MessageTemplate() {
    }

    /**
     * Renders one diagnostic. Parts that are {@code null} are left out.
     *
     * @param subject what the message is about, e.g. {@code @Ctor method 'com.acme.Db.init'}
     * @param rule the rule broken, e.g. {@code must be static}
     * @param location the jar or directory, or {@code null} (compile errors: javac shows the file)
     * @param cause what was thrown or found, printed after a colon and followed by a line break
     *     (it may span lines), or {@code null}
     * @param consequence what happens now, a full sentence
     * @param fix how to fix it, a full sentence, or {@code null}
     * @return the message
     */
    public static String render(String subject, String rule, String location, String cause, String consequence,
            String fix) {
        StringBuilder text = new StringBuilder(subject);
        if (rule != null) {
            text.append(' ').append(rule);
        }
        if (location != null) {
            text.append(" (in ").append(location).append(')');
        }
        if (cause != null) {
            text.append(": ").append(cause).append(System.lineSeparator()).append("   ");
        } else if (text.charAt(text.length() - 1) != '.') {
            text.append('.');
        }
        if (consequence != null) {
            text.append(' ').append(consequence);
        }
        if (fix != null) {
            text.append(' ').append(fix);
        }
        return text.toString();
    }
}
