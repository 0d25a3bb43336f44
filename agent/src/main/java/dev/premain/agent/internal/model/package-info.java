/**
 * Immutable records of what the class path declares: {@code @Ctor} and {@code @Dtor} methods,
 * {@code @Section} fields and {@code @Contribute} members, as read from indexes, caches or class
 * files, with the deterministic orders over them ({@code Orders}).
 *
 * <ul>
 *   <li>Plain data: names, descriptors, modifier bits, constants and locations as strings and
 *       numbers, never a {@code Class} or a reflective member, so holding one loads nothing.
 *   <li>What was declared, before any judgement: validity is decided in {@code internal.analysis}.
 *   <li>The orders are plain comparator classes, not lambdas, because this code runs before main
 *       on every start and each lambda call site costs about a millisecond the first time.
 * </ul>
 *
 * <p>Depends on nothing else in the agent: discovery writes these records, analysis, runtime and
 * audit read them.
 */
package dev.premain.agent.internal.model;
