/**
 * Problems as values: one {@code Problem} per thing that is wrong, with its severity, stable code,
 * subject, rule, location, consequence and fix, collected in order by {@code Problems}; plus the
 * documented exit statuses ({@code ExitStatus}) and how a user's exception is described
 * ({@code Failure}).
 *
 * <ul>
 *   <li>Values only: nothing here prints. Problems are rendered elsewhere, on stderr by
 *       {@code internal.log} and as text or JSON by {@code internal.audit}, from the same fields.
 *   <li>The stages of a run report into one {@code Problems} and none stops at the first problem,
 *       so one run shows the whole report.
 *   <li>Codes and exit statuses are public contract: a code never changes once released.
 * </ul>
 *
 * <p>Depends on nothing else in the agent (the shared message templates come from premain-api),
 * so every stage can report without a cycle.
 */
package dev.premain.agent.internal.problem;
