package dev.premain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Map sections: lookup by a key computed from each value, order by contribution, unique keys. */
class MapSectionTest {
    private static final Command HELP = new Command("help", "Show help");
    private static final Command LIST = new Command("list", "List all items");
    private static final Command ADD = new Command("add", "Add a new item");

    @Test
    void looksUpValuesByKey() {
        MapSection<String, Command> section = commands();

        assertSame(LIST, section.lookup("list"));
        assertSame(ADD, section.lookup("add"));
        assertNull(section.lookup("remove"));
        assertTrue(section.containsKey("help"));
        assertFalse(section.containsKey("remove"));
        assertFalse(section.containsKey(42));
        assertEquals(Optional.of(HELP), section.find("help"));
        assertEquals(Optional.empty(), section.find("remove"));
    }

    @Test
    void keysFollowContributionOrder() {
        MapSection<String, Command> section = commands();

        assertEquals(List.of("help", "list", "add"), section.keys());
        assertEquals(List.of(HELP, LIST, ADD), section.asList());
        for (int i = 0; i < section.size(); i++) {
            assertEquals(section.get(i).name(), section.keys().get(i));
        }
        assertEquals(1, section.indexOf(LIST));
    }

    @Test
    void mapViewHoldsEveryEntryAndIsUnmodifiable() {
        MapSection<String, Command> section = commands();
        Map<String, Command> map = section.asMap();

        assertEquals(Map.of("help", HELP, "list", LIST, "add", ADD), map);
        assertThrows(UnsupportedOperationException.class, () -> map.put("remove", HELP));
        assertThrows(UnsupportedOperationException.class, () -> map.remove("help"));
        assertThrows(UnsupportedOperationException.class, () -> section.keys().add("remove"));
    }

    @Test
    void emptyMapSectionHasNoKeys() {
        MapSection<String, Command> section = TestBinder.sealed(MapSection.of(Command.class, Command::name),
                "test.Commands");

        assertEquals(List.of(), section.keys());
        assertEquals(Map.of(), section.asMap());
        assertNull(section.lookup("help"));
        assertFalse(section.containsKey("help"));
    }

    @Test
    void clashesReportsTheIndexesOfADuplicateKey() {
        MapSection<String, Command> section = MapSection.of(Command.class, Command::name);
        Object[] items = {HELP, LIST, ADD, new Command("list", "Another list")};

        assertArrayEquals(new int[] {1, 3}, TestBinder.BINDER.clashes(section, items));
        assertArrayEquals(new Object[] {HELP, LIST, ADD, new Command("list", "Another list")}, items);
        assertThrows(IllegalStateException.class, section::size, "clashes() must not link the section");
    }

    @Test
    void clashesReportsTheFirstDuplicateOnly() {
        MapSection<String, Command> section = MapSection.of(Command.class, Command::name);
        Object[] items = {HELP, LIST, new Command("list", "Again"), new Command("help", "Again")};

        assertArrayEquals(new int[] {1, 2}, TestBinder.BINDER.clashes(section, items));
    }

    @Test
    void clashesIsEmptyWhenKeysAreUnique() {
        MapSection<String, Command> section = MapSection.of(Command.class, Command::name);

        assertArrayEquals(new int[0], TestBinder.BINDER.clashes(section, new Object[] {HELP, LIST, ADD}));
        assertArrayEquals(new int[0], TestBinder.BINDER.clashes(section, new Object[0]));
    }

    @Test
    void bindingTwiceKeepsTheFirstLookups() {
        MapSection<String, Command> section = commands();
        Command other = new Command("remove", "Remove an item");

        assertThrows(IllegalStateException.class,
                () -> TestBinder.BINDER.bind(section, "test.Commands", new Object[] {other}));

        assertSame(HELP, section.lookup("help"));
        assertNull(section.lookup("remove"));
        assertEquals(List.of("help", "list", "add"), section.keys());
        assertEquals(Map.of("help", HELP, "list", LIST, "add", ADD), section.asMap());
    }

    private static MapSection<String, Command> commands() {
        return TestBinder.sealed(MapSection.of(Command.class, Command::name), "test.Commands", HELP, LIST, ADD);
    }

    private record Command(String name, String description) {
    }
}
