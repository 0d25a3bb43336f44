/**
 * Turns what was declared into a {@code Plan}: checks every declaration's shape and types
 * ({@code ScanValidator}), applies the trust list ({@code TrustCheck}) and puts ctors, dtors and
 * section items in their total, deterministic order ({@code Planner}).
 *
 * <ul>
 *   <li>Pure: the same declarations and options give the same plan and problems, whatever the
 *       class-path order; it prints nothing.
 *   <li>No user code runs: classes are loaded only without initialization, through a
 *       {@code TypeOracle} ({@code LoadingTypeOracle} calls {@code Class.forName(name, false, loader)}),
 *       so the audit can show the plan of an application it must not start.
 *   <li>A {@code Plan} can only be made here: the runtime executes plans, it never builds or
 *       reorders one.
 * </ul>
 *
 * <p>May depend on {@code internal.model}, {@code internal.options} and {@code internal.problem};
 * never on {@code internal.runtime}.
 */
package dev.premain.agent.internal.analysis;
