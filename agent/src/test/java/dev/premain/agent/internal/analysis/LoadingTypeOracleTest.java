package dev.premain.agent.internal.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.agent.internal.HidingClassLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Assignability by class name, with primitives boxed, arrays, and unknown classes left to linking. */
public class LoadingTypeOracleTest {
    private static final String WATCHED = "dev.premain.agent.internal.analysis.LoadingTypeOracleTest$Watched";
    private static boolean initialized;

    private final LoadingTypeOracle oracle = new LoadingTypeOracle(LoadingTypeOracleTest.class.getClassLoader());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            int                    | java.lang.Integer       | true
            int                    | java.lang.Number        | true
            int                    | java.lang.Comparable    | true
            int                    | java.lang.Object        | true
            int                    | java.lang.String        | false
            int                    | java.lang.Long          | false
            long                   | java.lang.Long          | true
            long                   | java.lang.Integer       | false
            boolean                | java.lang.Boolean       | true
            char                   | java.lang.Character     | true
            char                   | java.lang.Integer       | false
            byte                   | java.lang.Byte          | true
            short                  | java.lang.Short         | true
            float                  | java.lang.Float         | true
            double                 | java.lang.Double        | true
            double                 | java.lang.Number        | true
            java.lang.Integer      | java.lang.Number        | true
            java.lang.String       | java.lang.CharSequence  | true
            java.lang.String       | java.lang.Object        | true
            java.lang.Object       | java.lang.String        | false
            java.lang.CharSequence | java.lang.String        | false
            """)
    public void primitivesAreBoxedFirst(String from, String to, boolean assignable) {
        assertEquals(assignable, oracle.isAssignable(from, to), from + " -> " + to);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            int[]                | java.lang.Integer     | false
            int[]                | java.lang.Object      | true
            int[]                | java.lang.Cloneable   | true
            int[]                | java.lang.Object[]    | false
            int[]                | int[]                 | true
            int[]                | long[]                | false
            int[][]              | java.lang.Object[]    | true
            java.lang.String[]   | java.lang.Object      | true
            java.lang.String[]   | java.lang.Object[]    | true
            java.lang.String[]   | java.lang.String      | false
            java.lang.String[]   | java.io.Serializable  | true
            java.lang.String[][] | java.lang.Object[]    | true
            java.lang.Object[]   | java.lang.String[]    | false
            java.lang.Integer    | java.lang.Integer[]   | false
            """)
    public void arrays(String from, String to, boolean assignable) {
        assertEquals(assignable, oracle.isAssignable(from, to), from + " -> " + to);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            com.nowhere.Missing    | java.lang.String
            java.lang.String       | com.nowhere.Missing
            com.nowhere.Missing[]  | java.lang.Object[]
            int                    | com.nowhere.Missing
            Integer                | java.lang.Number
            """)
    public void unknownClassesAreLeftToLinking(String from, String to) {
        assertTrue(oracle.isAssignable(from, to), from + " -> " + to);
    }

    @Test
    public void aClassThatCannotBeLoadedIsLeftToLinking() {
        String base = LoadingTypeOracleTest.class.getName() + "$Base";
        String derived = LoadingTypeOracleTest.class.getName() + "$Derived";
        LoadingTypeOracle hiding = new LoadingTypeOracle(new HidingClassLoader(Set.of(derived), Set.of(base)));

        assertFalse(oracle.isAssignable(derived, "java.lang.String"));
        assertTrue(hiding.isAssignable(derived, "java.lang.String")); // NoClassDefFoundError: its superclass is hidden
        assertTrue(hiding.isAssignable(base, "java.lang.String")); // ClassNotFoundException
    }

    @Test
    public void classesAreLoadedButNotInitialized() {
        assertTrue(oracle.isAssignable(WATCHED, "java.lang.Runnable"));
        assertFalse(oracle.isAssignable(WATCHED, "java.lang.String"));
        assertTrue(oracle.isAssignable(WATCHED + "[]", "java.lang.Runnable[]"));

        assertFalse(initialized);
    }

    @Test
    public void repeatedQuestionsGetTheSameAnswers() {
        for (int i = 0; i < 3; i++) {
            assertTrue(oracle.isAssignable("java.lang.String", "java.lang.CharSequence"));
            assertFalse(oracle.isAssignable("java.lang.CharSequence", "java.lang.String"));
            assertTrue(oracle.isAssignable("com.nowhere.Missing", "java.lang.String"));
        }
    }

    /** A superclass that {@link HidingClassLoader} can hide. */
    static class Base {
    }

    /** Cannot be loaded when {@link Base} is hidden. */
    static final class Derived extends Base {
    }

    /** Sets {@link #initialized} if it is ever initialized. */
    static final class Watched implements Runnable {
        static {
            initialized = true;
        }

        @Override
        public void run() {
        }
    }
}
