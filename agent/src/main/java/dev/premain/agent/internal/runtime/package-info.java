/**
 * Carries out a {@code Plan} in the application: links sections ({@code SectionLinker}), runs ctors
 * ({@code CtorRunner}), registers dtors ({@code DtorRunner}), and keeps what late registration needs
 * ({@code RuntimeState}).
 *
 * <ul>
 *   <li>The only package that initializes user classes ({@code ClassAccess}), calls
 *       {@code setAccessible}, {@code Method.invoke}, {@code Constructor.newInstance} or
 *       {@code Field.get}, and runs ctors and dtors: every other package can be audited as unable
 *       to run user code.
 *   <li>It follows the plan and never reorders it; a failure becomes a problem naming the member,
 *       with the user's frames only ({@code Failure}).
 *   <li>Uses {@code java.lang.instrument} only to open a named module's package to the agent
 *       ({@code ModuleOpener}) and for the opt-in, read-only {@code LateLoaderWatch}.
 * </ul>
 *
 * <p>May depend on {@code internal.analysis} (the plan), {@code internal.discovery} (the byte
 * pre-filter), {@code internal.model}, {@code internal.options}, {@code internal.problem},
 * {@code internal.log} and premain-api; nothing but the doors depends on it.
 */
package dev.premain.agent.internal.runtime;
