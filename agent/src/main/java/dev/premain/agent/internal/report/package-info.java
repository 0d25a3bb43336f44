/**
 * The startup picture that {@code report=FILE.html} writes: one self-contained HTML file with an
 * inline SVG timeline of Premain's phases and of every ctor. No script, no style sheet, font or
 * image from the network: it opens the same offline, in a CI artifact, or attached to a bug.
 *
 * <p>Invariants: written after the bootstrap, from plain data (names, locations, nanoseconds); every
 * text is escaped; the file is well-formed XML as well as HTML, so tools can read it.
 * May depend on: {@code runtime} (for its timing records) and the JDK.
 */
package dev.premain.agent.internal.report;
