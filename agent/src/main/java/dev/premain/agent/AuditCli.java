package dev.premain.agent;

import dev.premain.agent.internal.audit.Audit;
import dev.premain.agent.internal.prebuild.ClassPathIndexCommand;

/**
 * The agent jar's {@code Main-Class}. {@code java -jar premain-agent.jar audit --class-path PATH}
 * prints everything that would run before {@code main}, without running or initializing any of it;
 * {@code java -jar premain-agent.jar index --class-path PATH --out FILE} writes the build-time
 * class-path index, so that starts need no scan of jars without an index of their own.
 *
 * @since 0.1
 */
public final class AuditCli {
    private AuditCli() {
    }

    /**
     * Runs the command and exits with its status: 0 on success, 65 if the class path has errors, 64
     * for a usage error.
     *
     * @param args {@code audit --class-path PATH [--json] [--options OPTIONS]}, or
     *     {@code index --class-path PATH --out FILE}
     */
    public static void main(String[] args) {
        boolean index = args.length > 0 && args[0].equals("index");
        System.exit(index ? ClassPathIndexCommand.run(args, System.out, System.err)
                : Audit.run(args, System.out, System.err));
    }
}
