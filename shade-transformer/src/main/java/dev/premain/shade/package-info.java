/**
 * A maven-shade-plugin resource transformer that keeps Premain indexes true after relocation.
 *
 * <p>The one public type is {@link dev.premain.shade.PremainIndexTransformer}; everything else is
 * package-private. The module reads and writes the index format (docs/INDEX-FORMAT.md) itself rather
 * than sharing the agent's reader, so the transformer depends on nothing of Premain at run time.
 *
 * <p>Invariants:
 * <ul>
 *   <li>Output is deterministic: the same input jars in the same order give the same bytes, names
 *       and entry times.</li>
 *   <li>A relocated index is the index the annotation processor would have written for the
 *       relocated classes: same record order rule, recomputed checksum.</li>
 *   <li>No index is dropped: one output entry per distinct input index.</li>
 *   <li>A malformed index fails the shade; it is never passed through or repaired.</li>
 * </ul>
 */
package dev.premain.shade;
