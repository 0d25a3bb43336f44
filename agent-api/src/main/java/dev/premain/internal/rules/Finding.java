package dev.premain.internal.rules;

/**
 * A broken shape rule, as data: the processor and the agent add where it was found and render it
 * with {@link MessageTemplate}.
 *
 * @param code the stable code, e.g. {@code ctor-shape}
 * @param subject what the finding is about, e.g. {@code @Ctor method 'com.acme.Db.init'}
 * @param rule the rule broken, e.g. {@code must be static}
 * @param consequence what happens now
 * @param fix how to fix it
 */
public record Finding(String code, String subject, String rule, String consequence, String fix) {

    /**
     * The message, with {@code (in LOCATION)} when a location is given.
     *
     * @param location the jar or directory, or {@code null}
     * @return the full text
     */
    public String text(String location) {
        return MessageTemplate.render(subject, rule, location, null, consequence, fix);
    }
}
