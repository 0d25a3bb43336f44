package dev.premain.agent;

import dev.premain.agent.internal.audit.Audit;

/**
 * The agent jar's {@code Main-Class}: {@code java -jar premain-agent.jar audit --class-path PATH}
 * prints everything that would run before {@code main}, without running or initializing any of it.
 *
 * @since 0.1
 */
public final class AuditCli {
    private AuditCli() {
    }

    /**
     * Runs the audit and exits with its status: 0 if the plan has no errors, 65 if it has, 64 for a
     * usage error.
     *
     * @param args {@code audit --class-path PATH [--json] [--options OPTIONS]}
     */
    public static void main(String[] args) {
        System.exit(Audit.run(args, System.out, System.err));
    }
}
