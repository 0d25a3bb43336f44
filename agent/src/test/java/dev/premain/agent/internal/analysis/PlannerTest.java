package dev.premain.agent.internal.analysis;

import static dev.premain.agent.internal.Scans.method;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.agent.internal.Scans;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plan: sections by holder name, items by class then member, ctors and dtors by {@link MethodOrder}. */
public class PlannerTest {
    private final Problems problems = new Problems();

    @Test
    public void sectionsAreSortedByHolderAndItemsByClassThenMember() {
        DeclaredSection zeta = Scans.immutable("com.acme.Zeta", "java.lang.Object");
        DeclaredSection alpha = Scans.immutable("com.acme.Alpha", "java.lang.Object");
        DeclaredSection empty = Scans.immutable("com.acme.Empty", "java.lang.Object");
        DeclaredContribution bField = Scans.field("com.acme.Alpha", "com.acme.B", "X", "java.lang.Object");
        DeclaredContribution aMethod = Scans.factory("com.acme.Alpha", "com.acme.A", "make", "java.lang.Object");
        DeclaredContribution aClass = Scans.type("com.acme.Alpha", "com.acme.A");
        DeclaredContribution aField = Scans.field("com.acme.Alpha", "com.acme.A", "FIELD", "java.lang.Object");
        DeclaredContribution nested = Scans.type("com.acme.Alpha", "com.acme.A$Inner");
        DeclaredContribution longer = Scans.type("com.acme.Alpha", "com.acme.AB");
        DeclaredContribution toZeta = Scans.constant("com.acme.Zeta", "com.acme.A", "NAME", "a");
        List<DeclaredContribution> items = new ArrayList<>(List.of(bField, aMethod, aClass, aField, nested, longer,
                toZeta));
        List<DeclaredSection> sections = new ArrayList<>(List.of(zeta, alpha, empty));
        List<SectionPlan> expected = List.of(
                new SectionPlan(alpha, List.of(aClass, aField, aMethod, nested, longer, bField)),
                new SectionPlan(empty, List.of()),
                new SectionPlan(zeta, List.of(toZeta)));
        Random random = new Random(3);

        for (int i = 0; i < 20; i++) {
            Collections.shuffle(items, random);
            Collections.shuffle(sections, random);
            Plan plan = new Planner(null, problems).plan(Scans.scan(List.of(), sections, items));
            assertEquals(expected, plan.sections());
        }
    }

    @Test
    public void ctorsAndDtorsAreOrderedAlike() {
        DeclaredMethod second = method("com.acme.B", "init", 1);
        DeclaredMethod first = method("com.acme.A", "init", 1);
        DeclaredMethod zeroth = method("com.acme.Z", "init", 0);
        Declarations scan = new Declarations(List.of(second, zeroth, first), List.of(first, second, zeroth), List.of(),
                List.of());

        Planner planner = new Planner(null, problems);
        Plan plan = planner.plan(scan);

        assertEquals(new Plan(List.of(), List.of(zeroth, first, second), List.of(zeroth, first, second)), plan);
        assertEquals(List.of(), problems.all());
    }

    @Test
    public void problemsComeCtorsFirstThenDtors() {
        Declarations scan = new Declarations(List.of(method("a.A", "init", 0, "x.X")),
                List.of(method("a.A", "close", 0, "y.Y")), List.of(), List.of());

        Planner planner = new Planner(null, problems);
        planner.plan(scan);

        assertEquals(List.of(
                "@Ctor method 'a.A.init' is declared after 'x.X', but that class has no valid @Ctor method"
                        + " (in lib/acme-1.0.jar). The dependency cannot be honoured, so the order is not what was"
                        + " declared. Remove 'X.class' from 'after', or add a @Ctor method to it.",
                "@Dtor method 'a.A.close' is declared after 'y.Y', but that class has no valid @Dtor method"
                        + " (in lib/acme-1.0.jar). The dependency cannot be honoured, so the order is not what was"
                        + " declared. Remove 'Y.class' from 'after', or add a @Dtor method to it."),
                problems.all().stream().map(Problem::text).toList());
    }

    @Test
    public void aCtorIsNoTargetForADtorsAfter() {
        Declarations scan = new Declarations(List.of(method("x.X", "init")),
                List.of(method("a.A", "close", 0, "x.X")), List.of(), List.of());

        Planner planner = new Planner(null, problems);
        planner.plan(scan);

        assertEquals(1, problems.all().size());
    }

    @Test
    public void shuffleSeedReachesTheOrder() {
        List<DeclaredMethod> ties = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ties.add(method("com.acme.T" + i, "init"));
        }
        Declarations scan = new Declarations(ties, ties, List.of(), List.of());

        Plan plan = new Planner(5L, problems).plan(scan);

        assertEquals(new MethodOrder("@Ctor", 5L, new Problems()).order(ties), plan.ctors());
        assertEquals(plan.ctors(), new Planner(5L, problems).plan(scan).ctors());
        assertEquals(plan.ctors(), plan.dtors());
    }
}
