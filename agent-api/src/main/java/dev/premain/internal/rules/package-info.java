/**
 * The one rulebook: the shape rules for {@code @Ctor}, {@code @Dtor}, {@code @Section} and
 * {@code @Contribute}, their stable codes and their messages, and the one message template.
 *
 * <ul>
 *   <li>Used by both the annotation processor ({@code premain-processor}: compile errors) and the
 *       agent (launch errors), so the same mistake gets the same words in both places; only the
 *       {@code (in ...)} location differs, because javac already points at the file and line.</li>
 *   <li>Pure functions over plain values (names, modifier bits, descriptors): no
 *       {@code javax.lang.model}, no reflection, no class loading.</li>
 *   <li>Not exported from the {@code dev.premain} module and not API: applications never call
 *       it. The agent jar carries a relocated copy. The processor reaches it because javac loads
 *       a processor path like a class path, where the API jar is no named module and its
 *       exports do not apply; a processor <em>module</em> path would not work.</li>
 * </ul>
 */
package dev.premain.internal.rules;
