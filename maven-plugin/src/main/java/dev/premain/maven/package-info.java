/**
 * The Premain Maven plugin: goal {@code prepare-agent} attaches the agent to forked test JVMs through a
 * property (as JaCoCo does), goal {@code audit} fails the build when the agent would stop the application.
 *
 * <p>Invariants: the agent jar is always the {@code premain-agent} of the plugin's own version, taken from
 * the plugin's own dependencies, never from the project's; the plugin never loads the agent's classes, it
 * names the jar ({@code prepare-agent}) or runs it in a child JVM ({@code audit}), so the plan the audit
 * prints is the one the agent computes. Only the two mojos are public.
 *
 * @since 0.1
 */
package dev.premain.maven;
