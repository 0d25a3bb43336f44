package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import org.junit.jupiter.api.Test;

/** Dependency edges, the rule for reading mutable sections before seal, and dtor failure isolation. */
class OrderingIT {

    @Test
    void afterEdgesWinOverPriorityAndNameOrder() throws Exception {
        ChildJvm.Result result = new BrokenApp("after")
                .source("order.Aa", "package order; public class Aa {"
                        + " @dev.premain.Ctor(after = Zz.class) static void init() { System.out.println(\"Aa after Zz\"); } }")
                .source("order.Zz", "package order; public class Zz {"
                        + " @dev.premain.Ctor(priority = 3) static void init() { System.out.println(\"Zz priority 3\"); } }")
                .source("order.Mm", "package order; public class Mm {"
                        + " @dev.premain.Ctor static void init() { System.out.println(\"Mm priority 0\"); } }")
                .run(null);
        assertEquals(new ChildJvm.Result(0, "Mm priority 0\nZz priority 3\nAa after Zz\nmain ran\n", ""), result,
                result::toString);
    }

    @Test
    void readsBeforeSealSeeTheMutationsOfCtorsThatRanEarlier() throws Exception {
        ChildJvm.Result result = new BrokenApp("readrule")
                .source("order.Pool", "package order; import dev.premain.*; public final class Pool {"
                        + " @Section public static final MutableSection<String> ALL = MutableSection.of(String.class);"
                        + " @Contribute(Pool.class) static final String FIRST = \"c\";"
                        + " @Contribute(Pool.class) static final String SECOND = \"a\";"
                        + " @Contribute(Pool.class) static final String THIRD = \"b\"; }")
                .source("order.Sorter", "package order; public final class Sorter {"
                        + " @dev.premain.Ctor static void sort() { Pool.ALL.sort(null); } }")
                .source("order.Early", "package order; public final class Early {"
                        + " @dev.premain.Ctor(priority = -1) static void read() {"
                        + "  System.out.println(\"before the sort: \" + Pool.ALL.asList()); } }")
                .source("order.Late", "package order; public final class Late {"
                        + " @dev.premain.Ctor(after = Sorter.class) static void read() {"
                        + "  System.out.println(\"after the sort: \" + Pool.ALL.asList() + \" sealed=\" + Pool.ALL.isSealed()); } }")
                .run(null);
        assertEquals(new ChildJvm.Result(0, String.join("\n", "before the sort: [c, a, b]",
                "after the sort: [a, b, c] sealed=false", "main ran", ""), ""), result, result::toString);
    }

    @Test
    void aFailingDtorDoesNotStopTheOthersAndDtorsRunInReverse() throws Exception {
        ChildJvm.Result result = new BrokenApp("dtors")
                .source("order.Dtors", "package order; import dev.premain.Dtor; public final class Dtors {"
                        + " @Dtor(priority = 1) static void closeLast() { System.out.println(\"dtor closeLast\"); }"
                        + " @Dtor(priority = 2) static void fails() { throw new IllegalStateException(\"disk full\"); }"
                        + " @Dtor(priority = 3) static void closeFirst() { System.out.println(\"dtor closeFirst\"); } }")
                .run(null);
        assertEquals(new ChildJvm.Result(0, "main ran\ndtor closeFirst\ndtor closeLast\n", String.join("\n",
                "premain: error: @Dtor method 'order.Dtors.fails' threw at shutdown (in $WORK/errors/dtors.jar):"
                        + " java.lang.IllegalStateException: disk full",
                "        at order.Dtors.fails(Dtors.java:1)",
                "    The remaining dtors still run. Fix the dtor, or make it handle the failure itself.",
                "")), result, result::toString);
    }
}
