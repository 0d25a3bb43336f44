package dev.premain.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class AuditVerdictTest {
    private static final String WHERE = "the runtime class path of com.acme:app:jar:1.0 (1 directory and 2 jars)";
    private final AuditVerdict verdict = new AuditVerdict(WHERE, "bogus=1", Duration.ofSeconds(120));

    @Test
    void aCleanPlanPasses() throws Exception {
        assertEquals(Optional.empty(), verdict.errors(result(0, out("Problems:"), out("  (none)"))));
    }

    @Test
    void errorsInThePlanAreListedWithTheFix() throws Exception {
        String error = "error: @Ctor method 'a.B.init' must not declare parameters (in /app/target/classes). It will "
                + "not run. Declare it as 'static void init()'.";
        assertEquals(Optional.of("Premain audit found 1 error in " + WHERE + ":\n  " + error + "\n"
                + "The agent would stop this application before main (exit status 65). Fix the errors above, or set "
                + "<failOnError>false</failOnError> (-Dpremain.audit.failOnError=false) to report them without "
                + "failing the build."),
                verdict.errors(result(65, out("Problems:"), out("  " + error), out("  warning: not counted"))));
    }

    @Test
    void aTimeoutSaysSoAndHowToRaiseIt() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> verdict.errors(new AgentProcess.Result(null, List.of())));
        assertEquals("Premain audit of " + WHERE + " did not finish within 120 s and was stopped. Nothing was "
                + "judged. Raise the plugin's <timeout> (-Dpremain.audit.timeout=SECONDS) if the class path is very "
                + "large.", e.getMessage());
    }

    @Test
    void refusedOptionsPointAtTheOptionsParameter() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> verdict.errors(
                result(64, err("premain: error: Unknown option 'bogus' in --options."), err("Usage: ..."))));
        assertEquals("Premain audit of " + WHERE + " refused its arguments (exit status 64): Unknown option 'bogus' "
                + "in --options. Check the plugin's <options> ('bogus=1').", e.getMessage());
    }

    @Test
    void anyOtherStatusIsAnInternalError() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> verdict.errors(result(71)));
        assertEquals("Internal error: Premain audit of " + WHERE + " ended with exit status 71: it printed no "
                + "error (see the output above). Please report this, with the output above.", e.getMessage());
    }

    private static AgentProcess.Result result(int status, AgentProcess.OutputLine... lines) {
        return new AgentProcess.Result(status, List.of(lines));
    }

    private static AgentProcess.OutputLine out(String text) {
        return new AgentProcess.OutputLine(text, false);
    }

    private static AgentProcess.OutputLine err(String text) {
        return new AgentProcess.OutputLine(text, true);
    }
}
