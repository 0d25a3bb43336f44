package dev.premain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * The in-process bootstrap without the runtime on the class path. This JVM's binder is claimed by
 * {@link TestBinder}; the unclaimed case runs on a fresh copy of the API in its own class loader.
 */
class PremainBootstrapTest {
    private static final String RUNTIME = "dev.premain.agent.internal.RuntimeDoor";

    @Test
    void claimedIsNotBootstrappedUntilTheBootstrapFinished() throws Exception {
        try (URLClassLoader loader = CompiledApi.freshLoader()) {
            Class<?> premain = loader.loadClass(Premain.class.getName());
            Class<?> binderType = loader.loadClass(SectionBinder.class.getName());
            Object binder = ((java.util.Optional<?>) binderType.getMethod("claim").invoke(null)).orElseThrow();

            assertEquals(false, premain.getMethod("isBootstrapped").invoke(null), "claimed, not yet bootstrapped");
            binderType.getMethod("markBootstrapped").invoke(binder);
            assertEquals(true, premain.getMethod("isBootstrapped").invoke(null));
        }
    }

    @Test
    void bootstrapWithoutRuntimeSaysWhatToAdd() throws Exception {
        try (URLClassLoader loader = CompiledApi.freshLoader()) {
            Class<?> premain = loader.loadClass(Premain.class.getName());
            Method isBootstrapped = premain.getMethod("isBootstrapped");
            assertEquals(false, isBootstrapped.invoke(null));

            InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                    () -> premain.getMethod("bootstrap").invoke(null));

            IllegalStateException failure = assertInstanceOf(IllegalStateException.class, thrown.getCause());
            assertEquals("Premain.bootstrap() needs the Premain runtime, but " + RUNTIME
                    + " is not on the class path. Add premain-agent.jar to the class path.", failure.getMessage());
            assertInstanceOf(ClassNotFoundException.class, failure.getCause());
            assertEquals(false, isBootstrapped.invoke(null), "a failed bootstrap must not claim the binder");
        }
    }

    @Test
    void bootstrapAfterTheAgentBootstrappedDoesNothing() throws Exception {
        try (URLClassLoader loader = CompiledApi.freshLoader()) {
            Class<?> premain = loader.loadClass(Premain.class.getName());
            Class<?> binderType = loader.loadClass(SectionBinder.class.getName());
            Object binder = ((java.util.Optional<?>) binderType.getMethod("claim").invoke(null)).orElseThrow();
            binderType.getMethod("markBootstrapped").invoke(binder);

            assertEquals(true, premain.getMethod("isBootstrapped").invoke(null));
            assertDoesNotThrow(() -> premain.getMethod("bootstrap").invoke(null));
        }
    }
}
