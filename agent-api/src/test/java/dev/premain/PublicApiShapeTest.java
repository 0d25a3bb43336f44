package dev.premain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public type is final, an annotation or a sealed interface, so no one can fake a section. */
class PublicApiShapeTest {
    private static final Set<String> KNOWN_API = Set.of("Contribute", "Ctor", "Dtor", "Section", "TypedSection",
            "ImmutableSection", "MutableSection", "SortedSection", "MapSection", "SetSection", "SectionBinder",
            "Premain");

    @Test
    void everyPublicTypeIsFinalAnAnnotationOrASealedInterface() throws IOException {
        List<Class<?>> types = publicTypes();

        assertTrue(types.stream().map(Class::getSimpleName).collect(Collectors.toSet()).containsAll(KNOWN_API),
                () -> "found only " + types);
        for (Class<?> type : types) {
            boolean closed = type.isAnnotation()
                    || (type.isInterface() && type.isSealed())
                    || (!type.isInterface() && Modifier.isFinal(type.getModifiers()));
            assertTrue(closed, type + " must be final, an annotation or a sealed interface");
        }
    }

    @Test
    void publicTypesHaveNoPublicConstructors() throws IOException {
        for (Class<?> type : publicTypes()) {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                assertTrue(Modifier.isPrivate(constructor.getModifiers()), constructor + " must be private");
            }
        }
    }

    @Test
    void everySectionTypeIsFinalAndInTheApiPackage() {
        Class<?>[] permitted = TypedSection.class.getPermittedSubclasses();

        assertEquals(5, permitted.length);
        for (Class<?> type : permitted) {
            assertTrue(Modifier.isFinal(type.getModifiers()), type + " must be final");
            assertEquals("dev.premain", type.getPackageName());
        }
    }

    @Test
    void sharedSectionStorageIsNotPublic() {
        assertEquals(0, SectionStore.class.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED));
    }

    private static List<Class<?>> publicTypes() throws IOException {
        Path apiPackage = CompiledApi.location().resolve("dev").resolve("premain");
        try (Stream<Path> files = Files.list(apiPackage)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .<Class<?>>map(name -> load("dev.premain." + name.substring(0, name.length() - ".class".length())))
                    .filter(type -> Modifier.isPublic(type.getModifiers()))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublicApiShapeTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
