/**
 * The doors into the launch pipeline: where the entry classes and premain-api come in, and where
 * the stages (options, discovery, analysis, runtime) are wired together in order.
 *
 * <p>{@code AgentLaunch} serves the JVM entry classes; {@code RuntimeDoor} implements premain-api's
 * {@code dev.premain.internal.PremainRuntime} for {@code Premain.bootstrap()} and
 * {@code Premain.register()}, through {@code InProcessBootstrap} and {@code LateRegistration};
 * {@code Bootstrap} and {@code PluginRegistration} run the stages; {@code PhaseTimer} times them
 * for the {@code report} option.
 *
 * <ul>
 *   <li>{@code RuntimeDoor} is found by the name in {@code PremainRuntime.IMPLEMENTATION}: moving or
 *       renaming it means changing that constant too.
 *   <li>At most one bootstrap per JVM, and {@code AgentLaunch} turns every failure into an exit
 *       status: anything thrown out of {@code premain} makes the JVM print "FATAL ERROR in native
 *       method".
 *   <li>Wiring and the {@code on-error} decision only: every check belongs to a stage, so the audit,
 *       which calls the same stages without a door, shows the plan a launch would run.
 * </ul>
 *
 * <p>May depend on every {@code internal.*} package, premain-api and {@code java.lang.instrument}.
 * No {@code internal.*} package depends on it, so the stages stay usable without a launch.
 */
package dev.premain.agent.internal;
