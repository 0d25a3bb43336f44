package dev.premain.agent.internal.launcher;

import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Says, before main, when the launched jar nests its application where Premain cannot reach it
 * before {@code main}: a Spring Boot or WAR layout ({@code BOOT-INF/}, {@code WEB-INF/}) started by a
 * launcher Premain does not hook. Never silent: otherwise every ctor in it would quietly not run.
 */
public final class UnsupportedLayout {
    private UnsupportedLayout() {
    }

    /**
     * Warns if this {@code -jar} launch is such a layout; does nothing for any other launch.
     *
     * @param command the {@code sun.java.command} property
     * @param classPath the {@code java.class.path} property
     */
    public static void warnIfNested(String command, String classPath) {
        if (command == null || classPath == null || !classPath.endsWith(".jar") || !command.startsWith(classPath)) {
            return;
        }
        try (JarFile jar = new JarFile(Path.of(classPath).toFile(), false)) {
            String layout = nestedLayout(jar);
            if (layout != null) {
                String main = jar.getManifest() == null ? null
                        : jar.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
                Diagnostics.print(Problem.warning(ProblemCode.LAYOUT_UNSUPPORTED, "The application jar '"
                        + classPath + "'", "nests its classes in " + layout + " and is started by '" + main
                        + "', a launcher Premain does not hook", null, "Its ctors do not run and its sections"
                        + " are not linked before main.", "Start it with Spring Boot's JarLauncher, WarLauncher or"
                        + " PropertiesLauncher, which Premain hooks; or extract it (java -Djarmode=tools -jar app.jar"
                        + " extract) and start the extracted jar; or call Premain.bootstrap() first in main."));
            }
        } catch (IOException | RuntimeException e) {
            // Why quiet: the JVM reports a jar it cannot read; this is only advice.
        }
    }

    private static String nestedLayout(JarFile jar) {
        for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String name = e.nextElement().getName();
            if (name.startsWith("BOOT-INF/")) {
                return "BOOT-INF/";
            }
            if (name.startsWith("WEB-INF/")) {
                return "WEB-INF/";
            }
        }
        return null;
    }
}
