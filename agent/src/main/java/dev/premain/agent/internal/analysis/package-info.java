/**
 * Turns what was declared into a {@code Plan}, through its one entry {@code Analysis.of}: shape and
 * type rules ({@code ScanValidator}), the trust list ({@code TrustCheck}), a total, deterministic
 * order for ctors, dtors and section items ({@code Planner}), and the clashes class files alone
 * can show ({@code ConstantClashCheck}).
 *
 * <ul>
 *   <li>Pure: the same declarations and settings give the same plan and problems, whatever the
 *       class-path order; it prints nothing.
 *   <li>No user code runs: classes are loaded only without initialization, through a
 *       {@code TypeOracle} ({@code LoadingTypeOracle} calls {@code Class.forName(name, false, loader)}),
 *       so the audit can show the plan of an application it must not start.
 *   <li>A {@code Plan} can only be made here: the runtime carries out plans, it never builds or
 *       reorders one, and a launch, a plugin registration and the audit all get theirs from
 *       {@code Analysis.of}.
 * </ul>
 *
 * <p>May depend on {@code internal.model}, {@code internal.options} (the trust list) and
 * {@code internal.problem}; never on {@code internal.runtime}.
 */
package dev.premain.agent.internal.analysis;
