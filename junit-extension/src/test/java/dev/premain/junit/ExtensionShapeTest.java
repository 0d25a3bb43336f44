package dev.premain.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Provides;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/** Pins the public surface: one final extension class, in one exported package, provided as a service. */
class ExtensionShapeTest {

    @Test
    void theModuleExportsOnlyTheExtensionPackageAndProvidesTheExtension() throws IOException {
        ModuleDescriptor module = compiledDescriptor();

        assertEquals("dev.premain.junit", module.name());
        assertEquals(Set.of("dev.premain.junit"),
                module.exports().stream().map(Exports::source).collect(Collectors.toSet()));
        assertTrue(module.exports().stream().noneMatch(Exports::isQualified), "exports must not be qualified");
        assertEquals(Set.of(), module.opens());
        assertEquals(Set.of("java.base", "dev.premain", "org.junit.jupiter.api"),
                module.requires().stream().map(Requires::name).collect(Collectors.toSet()));
        assertTrue(module.requires().stream().anyMatch(r -> r.name().equals("org.junit.jupiter.api")
                && r.modifiers().contains(Requires.Modifier.TRANSITIVE)), "JUnit's API must be required transitively");
        assertEquals(Set.of(new ProvidedService("org.junit.jupiter.api.extension.Extension",
                List.of("dev.premain.junit.PremainExtension"))), module.provides().stream()
                .map(p -> new ProvidedService(p.service(), p.providers())).collect(Collectors.toSet()));
    }

    @Test
    void theClassPathServiceFileNamesTheExtension() throws IOException {
        Path file = classes().resolve("META-INF/services/org.junit.jupiter.api.extension.Extension");

        assertEquals("dev.premain.junit.PremainExtension\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void theOnlyPublicTypeIsTheFinalExtension() throws IOException {
        try (Stream<Path> files = Files.list(classes().resolve("dev/premain/junit"))) {
            List<String> publicTypes = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.equals("package-info.class"))
                    .map(name -> load(name.substring(0, name.length() - ".class".length())))
                    .filter(type -> Modifier.isPublic(type.getModifiers()))
                    .map(Class::getName).toList();

            assertEquals(List.of("dev.premain.junit.PremainExtension"), publicTypes);
        }
        assertTrue(Modifier.isFinal(PremainExtension.class.getModifiers()));
        assertEquals(List.of(BeforeAllCallback.class, TestInstancePreConstructCallback.class),
                List.of(PremainExtension.class.getInterfaces()));
    }

    private static Class<?> load(String simpleName) {
        try {
            return Class.forName("dev.premain.junit." + simpleName, false, ExtensionShapeTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static ModuleDescriptor compiledDescriptor() throws IOException {
        try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    /** The directory (or jar) that the extension was loaded from: {@code target/classes} under Surefire. */
    private static Path classes() {
        try {
            return Path.of(PremainExtension.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A {@link Provides} as a comparable value. */
    private record ProvidedService(String service, List<String> providers) {
    }
}
