package dev.premain.agent.internal.audit;

import dev.premain.agent.internal.options.OptionsException;
/**
 * The audit command line, parsed.
 *
 * @param classPath the class path to audit
 * @param json whether to print JSON
 * @param options agent options, or {@code null}
 */
public record AuditRequest(String classPath, boolean json, String options) {

    public static AuditRequest parse(String[] args) throws OptionsException {
        if (args.length == 0 || !args[0].equals("audit")) {
            throw new OptionsException("The first argument must be 'audit'.");
        }
        String classPath = null;
        boolean json = false;
        String options = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--class-path", "-cp" -> classPath = value(args, ++i);
                case "--json" -> json = true;
                case "--options" -> options = value(args, ++i);
                default -> throw new OptionsException("Unknown audit argument '" + args[i] + "'.");
            }
        }
        if (classPath == null) {
            throw new OptionsException("The audit needs --class-path.");
        }
        return new AuditRequest(classPath, json, options);
    }

    private static String value(String[] args, int at) throws OptionsException {
        if (at >= args.length) {
            throw new OptionsException("'" + args[at - 1] + "' needs a value.");
        }
        return args[at];
    }
}
