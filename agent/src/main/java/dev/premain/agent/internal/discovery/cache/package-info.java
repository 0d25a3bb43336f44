/**
 * The scan cache between starts: per-jar results keyed by size, modification time and a CRC of
 * the central directory ({@code ScanCache}, {@code JarIdentity}), and one file per whole class path
 * of jars ({@code ClassPathCache}), so a warm start reads one file and stats each jar.
 *
 * <ul>
 *   <li>Safe with parallel JVMs: each file is written to a temporary name and moved into place.
 *   <li>A missing, stale or corrupt entry is a miss; trouble with the directory is one warning,
 *       never a failed launch.
 *   <li>A directory on the class path is never cached: its time does not change when its classes do.
 * </ul>
 *
 * <p>May depend on {@code internal.discovery.index} (entries are stored in the index format),
 * {@code internal.model}, {@code internal.options} and {@code internal.problem}; not on
 * {@code internal.discovery}, which uses it.
 */
package dev.premain.agent.internal.discovery.cache;
