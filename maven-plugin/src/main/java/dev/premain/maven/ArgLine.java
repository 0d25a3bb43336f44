package dev.premain.maven;

import java.nio.file.Path;

/** Builds the {@code -javaagent:} argument and appends it to an existing JVM argument line. */
final class ArgLine {
    private ArgLine() {
    }

    /**
     * Returns {@code existing} followed by the agent argument, or the agent argument alone when
     * {@code existing} is null or blank.
     */
    static String append(String existing, Path agentJar, String options) {
        String agent = quoted(javaagent(agentJar, options));
        return existing == null || existing.isBlank() ? agent : existing.strip() + " " + agent;
    }

    /** Returns {@code -javaagent:JAR} or {@code -javaagent:JAR=OPTIONS}, unquoted. */
    static String javaagent(Path agentJar, String options) {
        String jar = "-javaagent:" + agentJar.toAbsolutePath();
        return options == null || options.isBlank() ? jar : jar + "=" + options.strip();
    }

    /**
     * Double-quotes one argument when it holds white space. Why the whole argument: Surefire and Failsafe
     * split {@code argLine} at unquoted white space and keep a double-quoted run as one argument, so a path
     * like {@code C:\Users\A B\.m2\...} must not be cut in two. Not handled: a double quote inside the
     * path, which those splitters cannot carry through either.
     */
    static String quoted(String argument) {
        return argument.chars().anyMatch(Character::isWhitespace) ? '"' + argument + '"' : argument;
    }
}
