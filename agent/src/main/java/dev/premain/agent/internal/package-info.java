/**
 * The doors into the launch pipeline: where the entry classes and premain-api come in, and where
 * the stages (options, discovery, analysis, runtime) are wired together in order.
 *
 * <p>{@code AgentLaunch} serves the JVM entry classes, {@code InProcessBootstrap} and
 * {@code LateRegistration} serve {@code dev.premain.Premain} in premain-api, which finds them by
 * name through reflection; {@code Bootstrap} and {@code PluginRegistration} run the stages in order;
 * {@code PhaseTimer} times them for the {@code report} option.
 *
 * <ul>
 *   <li>Renaming or moving a door breaks premain-api at run time, not at compile time: its class
 *       names are string constants in {@code Premain}.
 *   <li>{@code AgentLaunch} turns every failure into an exit status: anything thrown out of
 *       {@code premain} makes the JVM print "FATAL ERROR in native method".
 *   <li>Wiring and the {@code on-error} decision only: every check belongs to a stage, so the audit,
 *       which calls the same stages without a door, shows the plan a launch would run.
 * </ul>
 *
 * <p>May depend on every {@code internal.*} package, premain-api and {@code java.lang.instrument}.
 * No {@code internal.*} package depends on it, so the stages stay usable without a launch.
 */
package dev.premain.agent.internal;
