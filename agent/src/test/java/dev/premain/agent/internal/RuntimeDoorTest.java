package dev.premain.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.internal.PremainRuntime;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The one seam between the API and the agent: found by one name, called through one type. */
class RuntimeDoorTest {

    @Test
    void theApiFindsTheDoorByItsRealName() {
        // Why: the API names this class in a string; renaming it must fail here, not at a user's run time.
        assertEquals(RuntimeDoor.class.getName(), PremainRuntime.IMPLEMENTATION);
    }

    @Test
    void theDoorIsAPublicRuntimeWithAPublicNoArgConstructor() throws ReflectiveOperationException {
        PremainRuntime door = new RuntimeDoor(); // Why typed: a changed seam method fails to compile.

        assertTrue(Modifier.isPublic(RuntimeDoor.class.getModifiers()));
        assertTrue(Modifier.isPublic(RuntimeDoor.class.getConstructor().getModifiers()));
        assertEquals(RuntimeDoor.class, door.getClass());
    }
}
