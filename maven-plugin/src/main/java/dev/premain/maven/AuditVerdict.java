package dev.premain.maven;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;

/** Reads an audit's exit status and output, and words what it means for the build. */
final class AuditVerdict {
    /** Exit status of a clean plan. */
    static final int CLEAN = 0;
    /** Exit status of a plan with errors: the agent would stop the application before {@code main}. */
    static final int ERRORS = 65;
    /** Exit status of a command line the audit refused. */
    static final int USAGE = 64;

    private final String where;
    private final String options;
    private final Duration timeout;

    /**
     * Creates a verdict for one audit.
     *
     * @param where what was audited, e.g. {@code the runtime class path of com.acme:app (target/classes and 3 jars)}
     * @param options the agent options passed to the audit, or null
     * @param timeout the time the audit had
     */
    AuditVerdict(String where, String options, Duration timeout) {
        this.where = where;
        this.options = options;
        this.timeout = timeout;
    }

    /**
     * Returns the failure message when the plan has errors, empty when it is clean.
     *
     * @throws MojoExecutionException when the audit did not judge the plan: it timed out, refused its command
     *     line, or failed inside
     */
    Optional<String> errors(AgentProcess.Result result) throws MojoExecutionException {
        if (result.timedOut()) {
            throw new MojoExecutionException("Premain audit of " + where + " did not finish within "
                    + timeout.toSeconds() + " s and was stopped. Nothing was judged. Raise the plugin's <timeout> "
                    + "(-Dpremain.audit.timeout=SECONDS) if the class path is very large.");
        }
        int status = result.exitStatus();
        if (status == CLEAN) {
            return Optional.empty();
        }
        if (status == ERRORS) {
            return Optional.of(errorMessage(result.lines()));
        }
        if (status == USAGE) {
            throw new MojoExecutionException("Premain audit of " + where + " refused its arguments (exit status 64): "
                    + premainErrors(result.lines()) + " Check the plugin's <options> ('" + options + "').");
        }
        throw new MojoExecutionException("Internal error: Premain audit of " + where + " ended with exit status "
                + status + ": " + premainErrors(result.lines()) + " Please report this, with the output above.");
    }

    private String errorMessage(List<AgentProcess.OutputLine> lines) {
        List<String> errors = lines.stream().filter(line -> !line.stderr())
                .map(line -> line.text().strip()).filter(text -> text.startsWith("error: "))
                .collect(Collectors.toList());
        String count = errors.size() == 1 ? "1 error" : errors.size() + " errors";
        return "Premain audit found " + count + " in " + where + ":\n  " + String.join("\n  ", errors)
                + "\nThe agent would stop this application before main (exit status 65). Fix the errors above, "
                + "or set <failOnError>false</failOnError> (-Dpremain.audit.failOnError=false) to report them "
                + "without failing the build.";
    }

    /** The child's own {@code premain: error:} lines, or a pointer to the log when it printed none. */
    private static String premainErrors(List<AgentProcess.OutputLine> lines) {
        String errors = lines.stream().map(AgentProcess.OutputLine::text)
                .filter(text -> text.startsWith("premain: error: "))
                .map(text -> text.substring("premain: error: ".length())).collect(Collectors.joining(" "));
        return errors.isEmpty() ? "it printed no error (see the output above)." : errors;
    }
}
