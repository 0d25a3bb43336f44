/**
 * The classes the JVM itself calls, named in the agent jar's manifest: {@code PremainAgent}
 * ({@code Premain-Class}, {@code Launcher-Agent-Class}), {@code AttachRefusal} ({@code Agent-Class})
 * and {@code AuditCli} ({@code Main-Class}).
 *
 * <ul>
 *   <li>Each method hands over to a door in {@code internal} (or to the audit) at once: the manifest
 *       names these classes, so they stay small, stable and free of logic.
 *   <li>Nothing escapes {@code premain} or {@code agentmain} as an exception: a failed bootstrap ends
 *       in {@code System.exit} with its documented status, because a throw makes the JVM print a
 *       stack-trace wall and "FATAL ERROR in native method".
 *   <li>{@code AuditCli} is the one class outside {@code internal.log} that touches
 *       {@code System.out} and {@code System.err}: the audit prints to stdout on request.
 * </ul>
 *
 * <p>May depend on {@code internal} (the doors), {@code internal.audit} and
 * {@code java.lang.instrument}; nothing in the agent depends on this package.
 */
package dev.premain.agent;
