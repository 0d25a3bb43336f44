package dev.premain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins the API's module: named {@code dev.premain}, exporting {@code dev.premain} and nothing else,
 * providing no service and requiring nothing but {@code java.base}.
 */
class ApiModuleTest {

    @Test
    void exportsExactlyTheApiPackage() throws IOException {
        ModuleDescriptor module = compiledDescriptor();

        assertEquals("dev.premain", module.name());
        assertEquals(Set.of("dev.premain"), module.exports().stream().map(Exports::source).collect(Collectors.toSet()));
        assertTrue(module.exports().stream().noneMatch(Exports::isQualified), "exports must not be qualified");
    }

    @Test
    void opensNothing() throws IOException {
        ModuleDescriptor module = compiledDescriptor();

        assertFalse(module.isOpen());
        assertEquals(Set.of(), module.opens());
    }

    /** The annotation processor is premain-processor's, so the API provides no service and needs no compiler. */
    @Test
    void providesNothingAndRequiresOnlyJavaBase() throws IOException {
        ModuleDescriptor module = compiledDescriptor();

        assertEquals(Set.of(), module.provides());
        assertEquals(Set.of("java.base"), module.requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet()));
    }

    private static ModuleDescriptor compiledDescriptor() throws IOException {
        try (InputStream in = Files.newInputStream(CompiledApi.location().resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }
}
