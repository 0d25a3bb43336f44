/**
 * Premain's annotation processor, the artifact {@code premain-processor}: compile errors for every
 * misuse of Premain's annotations, and the compilation's build-time index for the agent.
 *
 * <ul>
 *   <li>Runs on the compiler's processor path only, with {@code premain-api} beside it (its
 *       rulebook, {@code dev.premain.internal.rules}, is the agent's too, so the two say the same);
 *       nothing here is on an application's run-time class path.</li>
 *   <li>Two processors, in this order in the service file: {@link dev.premain.processor.PremainProcessor}
 *       checks and indexes, then {@link dev.premain.processor.ClaimProcessor} claims the annotations.</li>
 *   <li>Not API: only the two processor classes are public, for javac's service loader.</li>
 * </ul>
 *
 * @since 0.1
 */
package dev.premain.processor;
