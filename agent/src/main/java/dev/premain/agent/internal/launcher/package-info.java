/**
 * Launchers that build their own class loader and then call the application's {@code main}, as
 * Spring Boot's {@code JarLauncher} does: Premain bootstraps against that class loader, at the
 * moment the launcher hands over, on the thread that then runs {@code main}.
 *
 * <p>Invariants:
 * <ul>
 *   <li>Nothing here is loaded unless the launched jar's manifest names a supported launcher
 *       ({@link LauncherJar}); an ordinary launch, and the JDK's AOT cache, are untouched.</li>
 *   <li>The hook ({@link LauncherHook}, ASM) only adds one static call at the start of the
 *       launcher's hand-over method, and removes itself once it has fired.</li>
 *   <li>This package links against neither premain-api nor the rest of the agent: it runs in the
 *       system class loader, where the application's API (in a nested jar) is not visible. The
 *       bootstrap runs in a copy of the agent loaded under the launcher's class loader
 *       ({@link LaunchedAgentLoader}), which sees the application's own API.</li>
 * </ul>
 * May depend on: the JDK, ASM (relocated), {@code log} and {@code problem}, none of which links
 * against premain-api.
 */
package dev.premain.agent.internal.launcher;
