package dev.premain.agent.internal.runtime;

import dev.premain.internal.rules.ShapeRules;
import dev.premain.SectionBinder;
import dev.premain.TypedSection;
import dev.premain.agent.internal.analysis.Clashes;
import dev.premain.agent.internal.analysis.SectionPlan;
import dev.premain.agent.internal.model.MemberKind;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.problem.Failure;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/** Fills every section with its contributions, in plan order, and keeps the handles for sealing. */
public final class SectionLinker {
    private final ClassAccess access;
    private final SectionBinder binder;
    private final Problems problems;
    private final List<TypedSection<?>> linked = new ArrayList<>();

    public SectionLinker(ClassAccess access, SectionBinder binder, Problems problems) {
        this.access = access;
        this.binder = binder;
        this.problems = problems;
    }

    public void link(List<SectionPlan> sections) {
        for (SectionPlan plan : sections) {
            TypedSection<?> section = handle(plan.section());
            if (section != null) {
                fill(section, plan, List.of());
            }
        }
    }

    /**
     * Fills {@code copy}, an unlinked copy of a sealed section, with the sealed items followed by the
     * plan's contributions; the sealed section itself is never touched.
     */
    public void extend(TypedSection<?> sealed, TypedSection<?> copy, SectionPlan plan) {
        fill(copy, plan, sealed.asList());
    }

    public List<TypedSection<?>> linked() {
        return List.copyOf(linked);
    }

    private TypedSection<?> handle(DeclaredSection declared) {
        String subject = "@Section field '" + declared.holder() + "." + declared.fieldName() + "'";
        try {
            Field field = access.initialized(declared.holder()).getDeclaredField(declared.fieldName());
            field.setAccessible(true);
            Object value = field.get(null);
            if (value instanceof TypedSection<?> section
                    && section.elementType().getName().equals(declared.elementType())) {
                return section;
            }
            String kind = ShapeRules.simpleName(declared.sectionType());
            problems.add(Problem.error(ProblemCode.SECTION_VALUE, subject, "must be initialized with its own"
                    + " section, as in '" + kind + ".of(" + ShapeRules.simpleName(declared.elementType())
                    + ".class)', but it holds " + (value == null ? "null" : "a section of '"
                    + ((TypedSection<?>) value).elementType().getName() + "'"), declared.location(),
                    "The section is not linked.", "Initialize the field with " + kind + ".of(...)."));
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            problems.add(Problem.error(ProblemCode.SECTION_UNREADABLE, subject, "could not be read",
                    declared.location(), "The section is not linked.", "Fix the class's static initializer.")
                    .causedBy(Failure.describe(e)));
        }
        return null;
    }

    private void fill(TypedSection<?> section, SectionPlan plan, List<?> sealedItems) {
        List<Object> items = new ArrayList<>(sealedItems);
        List<DeclaredContribution> sources = new ArrayList<>();
        for (int i = 0; i < sealedItems.size(); i++) {
            sources.add(new DeclaredContribution(plan.section().holder(), plan.section().holder() + "[" + i + "]",
                    null, MemberKind.FIELD, 0, "", false, null, "the section as sealed before main"));
        }
        ContributionResolver resolver = new ContributionResolver(access, problems);
        for (DeclaredContribution item : plan.items()) {
            Object value = resolver.resolve(item);
            if (value != null) {
                items.add(value);
                sources.add(item);
            }
        }
        try {
            bind(section, plan, items.toArray(), sources);
        } catch (RuntimeException | Error e) {
            // Why: map keys and sort order come from user code (key function, comparator, compareTo).
            problems.add(Problem.error(ProblemCode.SECTION_BUILD, "Section '" + plan.section().holder() + "'",
                    "could not be built", plan.section().location(), "The section is not linked.", "Fix the key"
                    + " function or comparator so it handles every contributed item.").causedBy("its key function"
                    + " or sort order threw " + Failure.describe(e)));
        }
    }

    private void bind(TypedSection<?> section, SectionPlan plan, Object[] items, List<DeclaredContribution> sources) {
        Object[] array = items;
        for (int[] clash = binder.clashes(section, array); clash.length == 2; clash = binder.clashes(section, array)) {
            reportClash(section, plan, sources.get(clash[0]), sources.remove(clash[1]));
            array = without(array, clash[1]);
        }
        binder.bind(section, plan.section().holder(), array);
        linked.add(section);
    }

    private void reportClash(TypedSection<?> section, SectionPlan plan, DeclaredContribution first,
            DeclaredContribution second) {
        problems.add(Clashes.of(plan.section(), section instanceof dev.premain.MapSection, first, second));
    }

    private static Object[] without(Object[] array, int index) {
        Object[] shorter = new Object[array.length - 1];
        System.arraycopy(array, 0, shorter, 0, index);
        System.arraycopy(array, index + 1, shorter, index, array.length - index - 1);
        return shorter;
    }
}
