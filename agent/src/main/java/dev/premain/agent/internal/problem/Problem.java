package dev.premain.agent.internal.problem;

import dev.premain.internal.rules.Finding;
import dev.premain.internal.rules.MessageTemplate;

/**
 * One diagnostic, as data: what is wrong, where, what happens now and how to fix it. Stages create
 * problems; only the log (stderr) and the audit (text and JSON) render them, both through
 * {@link #text()}, the one template shared with the annotation processor.
 *
 * @param severity whether it stops the launch
 * @param code a stable code for tools, e.g. {@code ctor-threw} (see {@link ProblemCode})
 * @param subject what it is about, e.g. {@code @Ctor method 'com.acme.Db.init'}
 * @param rule the rule broken or what went wrong, e.g. {@code must be static}
 * @param location the jar or directory, or {@code null}
 * @param cause what was thrown, described without the agent's frames, or {@code null}
 * @param consequence what happens now, e.g. {@code It will not run.}
 * @param fix how to fix it, or {@code null}
 */
public record Problem(Severity severity, String code, String subject, String rule, String location, String cause,
        String consequence, String fix) {

    /** How bad a problem is. */
    public enum Severity {
        /** Stops the launch under {@code on-error=fail}. */
        ERROR,
        /** Reported; the launch continues. */
        WARNING
    }

    /** An error without a cause. */
    public static Problem error(String code, String subject, String rule, String location, String consequence,
            String fix) {
        return new Problem(Severity.ERROR, code, subject, rule, location, null, consequence, fix);
    }

    /** A warning without a cause. */
    public static Problem warning(String code, String subject, String rule, String location, String consequence,
            String fix) {
        return new Problem(Severity.WARNING, code, subject, rule, location, null, consequence, fix);
    }

    /** An error for a broken shape rule of the shared rulebook, found in {@code location}. */
    public static Problem of(Finding finding, String location) {
        return new Problem(Severity.ERROR, finding.code(), finding.subject(), finding.rule(), location, null,
                finding.consequence(), finding.fix());
    }

    /** The same problem, caused by {@code described} (see {@link Failure#describe}). */
    public Problem causedBy(String described) {
        return new Problem(severity, code, subject, rule, location, described, consequence, fix);
    }

    /** The same problem as a warning, for {@code trust-mode=warn} and similar policies. */
    public Problem asWarning() {
        return new Problem(Severity.WARNING, code, subject, rule, location, cause, consequence, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The full message, sentence case, ending with a period: the words people read. */
    public String text() {
        return MessageTemplate.render(subject, rule, location, cause, consequence, fix);
    }
}
