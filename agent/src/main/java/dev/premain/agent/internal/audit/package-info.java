/**
 * The audit behind {@code java -jar premain-agent.jar audit}: discovers, validates, checks trust
 * and plans a class path exactly as a launch would, then renders the plan and its problems as text
 * or JSON.
 *
 * <ul>
 *   <li>Runs no user code and initializes no class: types are checked through its own
 *       {@code URLClassLoader} with loading that never initializes, so auditing a hostile jar is safe.
 *   <li>Goes through the same stages as a launch, not a door: what it prints is what would run.
 *   <li>Renders problems as text and JSON from the same {@code Problem} fields; it writes only to
 *       the streams it is given, never to {@code System.out} or {@code System.err} itself.
 * </ul>
 *
 * <p>May depend on {@code internal.discovery} (and its cache), {@code internal.analysis},
 * {@code internal.model}, {@code internal.options} and {@code internal.problem}; never on
 * {@code internal.runtime}.
 */
package dev.premain.agent.internal.audit;
