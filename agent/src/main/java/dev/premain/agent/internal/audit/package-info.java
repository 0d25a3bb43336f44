/**
 * The audit behind {@code java -jar premain-agent.jar audit}: discovers and analyzes a class path
 * exactly as a launch would ({@code Discovery}, then {@code Analysis.of}), then renders the plan,
 * its problems and what only a launch can check as text or JSON.
 *
 * <ul>
 *   <li>Runs no user code and initializes no class: types are checked through its own
 *       {@code URLClassLoader} with loading that never initializes, so auditing a hostile jar is safe.
 *   <li>Shares every stage with a launch and adds no rule of its own: what it prints is what would run.
 *   <li>Renders problems as text and JSON from the same {@code Problem} fields; it writes only to
 *       the streams it is given, never to {@code System.out} or {@code System.err} itself.
 * </ul>
 *
 * <p>May depend on {@code internal.discovery} (and its cache), {@code internal.analysis},
 * {@code internal.model}, {@code internal.options} and {@code internal.problem}; never on
 * {@code internal.runtime}.
 */
package dev.premain.agent.internal.audit;
