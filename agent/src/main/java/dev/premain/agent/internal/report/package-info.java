/**
 * How the bootstrap shows itself: the startup picture that {@code report=FILE.html} writes (one
 * self-contained HTML file with an inline SVG timeline of Premain's phases and of every ctor; no
 * script, no style sheet, font or image from the network), and the same timeline as JFR events
 * ({@code dev.premain.Phase}, {@code dev.premain.Ctor}) in the user's flight recording. Nothing of
 * JFR is loaded unless the JVM runs a recording ({@link FlightRecording}).
 *
 * <p>Invariants: written after the bootstrap, from plain data (names, locations, nanoseconds); every
 * text is escaped; the file is well-formed XML as well as HTML, so tools can read it.
 * May depend on: {@code runtime} (for its timing records) and the JDK.
 */
package dev.premain.agent.internal.report;
