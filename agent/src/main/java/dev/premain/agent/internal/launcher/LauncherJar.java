package dev.premain.agent.internal.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Whether this JVM was started as {@code java -jar X.jar} on a jar whose {@code Main-Class} is a
 * launcher Premain hooks: Spring Boot's, both the 3.2+ package ({@code ...loader.launch}) and the
 * older one. Why from the manifest: it is what the JVM itself reads to start, and reading it costs
 * one jar open on {@code -jar} launches only.
 */
public final class LauncherJar {
    static final List<String> SPRING_BOOT = List.of(
            "org.springframework.boot.loader.launch.JarLauncher",
            "org.springframework.boot.loader.launch.WarLauncher",
            "org.springframework.boot.loader.launch.PropertiesLauncher",
            "org.springframework.boot.loader.JarLauncher",
            "org.springframework.boot.loader.WarLauncher",
            "org.springframework.boot.loader.PropertiesLauncher");

    private LauncherJar() {
    }

    /**
     * The launcher class named by the launched jar, or {@code null} for any other launch.
     *
     * @param command the {@code sun.java.command} property: the jar and its arguments for {@code -jar}
     * @param classPath the {@code java.class.path} property: that jar alone for {@code -jar}
     * @return the launcher's binary name, or {@code null}
     */
    public static String launcher(String command, String classPath) {
        if (command == null || classPath == null || classPath.isEmpty() || !command.startsWith(classPath)
                || !classPath.endsWith(".jar")) {
            return null; // Why first: a -cp launch names its main class here, and must not open anything.
        }
        Path jar = Path.of(classPath);
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
            return main != null && SPRING_BOOT.contains(main.trim()) ? main.trim() : null;
        } catch (IOException | RuntimeException e) {
            return null; // Why: the JVM reports a jar it cannot read, better than we could.
        }
    }
}
