/**
 * The agent's diagnostics channel: one {@code premain: } line per message on stderr, through the
 * agent's own relocated SLF4J 2 and its {@code StderrLoggingProvider}.
 *
 * <ul>
 *   <li>The only agent package that writes to stderr (the audit CLI writes to the streams that
 *       {@code AuditCli} hands it); nothing in the agent ever writes to stdout before main.
 *   <li>The only package that touches SLF4J, and it loads it lazily: a start with nothing to say
 *       loads no SLF4J class at all.
 *   <li>Never loads, configures or replaces the application's logging: {@code LoggerFactory} is not
 *       used, so the application's {@code -Dslf4j.provider} and its providers are never seen.
 * </ul>
 *
 * <p>May depend on {@code internal.options} (the verbosity) and {@code internal.problem} (what it
 * prints), and on nothing else in the agent.
 */
package dev.premain.agent.internal.log;
