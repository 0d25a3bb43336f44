/**
 * Finds everything the class path declares, cheapest source first: build-time indexes, the
 * build-time class-path index, the scan cache, then a byte pre-filter over the remaining class
 * files, and ASM for the few it flags; the result is plain {@code internal.model} data.
 *
 * <ul>
 *   <li>Runs no user code and loads no user class: class files are read as bytes, never defined.
 *   <li>ASM is used only in {@code ClassFileParser}, and only when the pre-filter flagged classes;
 *       ClassGraph only in {@code LoaderClassPath}, after main, to find the class path of a class
 *       loader that is no {@code URLClassLoader}. Loading ClassGraph costs about 200 ms.
 *   <li>The first copy of a class on the class path wins, as in the JVM; a duplicate is a warning.
 *   <li>A broken jar, index or cache is a problem in the report, never an exception.
 * </ul>
 *
 * <p>May depend on {@code internal.model}, {@code internal.options}, {@code internal.problem},
 * {@code internal.log} and its own subpackages; never on {@code internal.analysis},
 * {@code internal.runtime} or {@code internal.audit}.
 */
package dev.premain.agent.internal.discovery;
