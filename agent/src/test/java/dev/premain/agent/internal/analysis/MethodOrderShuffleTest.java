package dev.premain.agent.internal.analysis;

import static dev.premain.agent.internal.Scans.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.agent.internal.Reported;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.problem.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code shuffle=SEED}: ties are permuted by the seed; priorities and dependencies still hold. */
public class MethodOrderShuffleTest {
    private static final List<DeclaredMethod> TIES = IntStream.range(0, 8)
            .mapToObj(i -> method("com.acme.C" + i, "init")).toList();

    @Test
    public void sameSeedGivesTheSameOrderWhateverTheInputOrder() {
        List<DeclaredMethod> expected = order(42L, TIES);
        List<DeclaredMethod> input = new ArrayList<>(TIES);
        Random random = new Random(1);

        for (int i = 0; i < 50; i++) {
            Collections.shuffle(input, random);
            assertEquals(expected, order(42L, input));
        }
    }

    @Test
    public void differentSeedsPermuteTies() {
        Set<List<DeclaredMethod>> orders = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            List<DeclaredMethod> order = order(seed, TIES);
            assertEquals(new HashSet<>(TIES), new HashSet<>(order));
            orders.add(order);
        }

        assertTrue(orders.size() > 10, "only " + orders.size() + " distinct orders from 20 seeds");
        assertTrue(orders.stream().anyMatch(o -> !o.equals(TIES)));
    }

    @Test
    public void prioritiesAndDependenciesStillHold() {
        List<DeclaredMethod> methods = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            methods.add(method("com.acme.P" + i, "init", i % 3));
        }
        DeclaredMethod dependent = method("com.acme.Dependent", "init", 0, "com.acme.P4");
        methods.add(dependent);

        for (long seed = 0; seed < 30; seed++) {
            List<DeclaredMethod> order = order(seed, methods);
            List<Integer> priorities = order.stream().filter(m -> m != dependent).map(DeclaredMethod::priority)
                    .toList();
            assertEquals(priorities.stream().sorted().toList(), priorities, "seed " + seed);
            assertTrue(order.indexOf(dependent) > order.indexOf(methods.get(4)), "seed " + seed);
        }
    }

    @Test
    public void shuffledCycleIsStillReported() {
        Problems problems = new Problems();

        new MethodOrder("@Ctor", 3L, problems).order(List.of(method("a.A", "init", 0, "b.B"),
                method("b.B", "init", 0, "a.A")));

        assertEquals(List.of(Reported.error("@Ctor methods depend on each other in a cycle: 'a.A.init' runs after"
                + " 'b.B.init' runs after 'a.A.init' (in lib/acme-1.0.jar). None of the 2 @Ctor methods in or after"
                + " the cycle runs. Remove one of the 'after' dependencies.")), Reported.of(problems));
    }

    private static List<DeclaredMethod> order(Long seed, List<DeclaredMethod> methods) {
        Problems problems = new Problems();
        List<DeclaredMethod> order = new MethodOrder("@Ctor", seed, problems).order(methods);
        assertEquals(List.of(), problems.all());
        return order;
    }
}
