/**
 * Reads and writes the index format (docs/INDEX-FORMAT.md): the text that the annotation processor
 * puts in {@code META-INF/premain/index/} and that the scan cache stores per jar.
 *
 * <ul>
 *   <li>Text in, {@code internal.model} records out, and back: no file access, no class loading.
 *   <li>A text that fails its header, a record or its CRC-32 checksum is an
 *       {@code IndexFormatException}; the caller reports it and scans the jar instead.
 *   <li>CRC-32, not SHA-256: it catches edits and truncation, and SHA-256 costs about 50 ms to start.
 *       It is no signature; the trust list is the defence against a hostile jar.
 * </ul>
 *
 * <p>May depend on {@code internal.model} only.
 */
package dev.premain.agent.internal.discovery.index;
