package dev.premain.agent.internal.runtime;

import dev.premain.SectionBinder;
import dev.premain.TypedSection;
import dev.premain.agent.internal.analysis.ScanValidator;
import dev.premain.agent.internal.analysis.SectionPlan;
import dev.premain.agent.internal.model.MemberKind;
import dev.premain.agent.internal.model.ScannedContribution;
import dev.premain.agent.internal.model.ScannedSection;
import dev.premain.agent.internal.problem.Failure;
import dev.premain.agent.internal.problem.Problem;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/** Fills every section with its contributions, in plan order, and keeps the handles for sealing. */
public final class SectionLinker {
    private final ClassAccess access;
    private final SectionBinder binder;
    private final List<Problem> problems = new ArrayList<>();
    private final List<TypedSection<?>> linked = new ArrayList<>();

    public SectionLinker(ClassAccess access, SectionBinder binder) {
        this.access = access;
        this.binder = binder;
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

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public List<TypedSection<?>> linked() {
        return List.copyOf(linked);
    }

    private TypedSection<?> handle(ScannedSection declared) {
        String where = "@Section field '" + declared.holder() + "." + declared.fieldName() + "' (in "
                + declared.location() + ")";
        try {
            Field field = access.initialized(declared.holder()).getDeclaredField(declared.fieldName());
            field.setAccessible(true);
            Object value = field.get(null);
            if (value instanceof TypedSection<?> section
                    && section.elementType().getName().equals(declared.elementType())) {
                return section;
            }
            problems.add(Problem.error(where + " must be initialized with its own section, as in '"
                    + ScanValidator.simpleName(declared.sectionType()) + ".of(" + ScanValidator.simpleName(
                    declared.elementType()) + ".class)', but it holds " + (value == null ? "null" : "a section of '"
                    + ((TypedSection<?>) value).elementType().getName() + "'") + ". The section is not linked."
                    + " Initialize the field with " + ScanValidator.simpleName(declared.sectionType()) + ".of(...)."));
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            problems.add(Problem.error(where + " could not be read: " + Failure.describe(e)
                    + System.lineSeparator() + "    The section is not linked. Fix the class's static initializer."));
        }
        return null;
    }

    private void fill(TypedSection<?> section, SectionPlan plan, List<?> sealedItems) {
        List<Object> items = new ArrayList<>(sealedItems);
        List<ScannedContribution> sources = new ArrayList<>();
        for (int i = 0; i < sealedItems.size(); i++) {
            sources.add(new ScannedContribution(plan.section().holder(), plan.section().holder() + "[" + i + "]",
                    null, MemberKind.FIELD, 0, "", false, null, "the section as sealed before main"));
        }
        ContributionResolver resolver = new ContributionResolver(access);
        for (ScannedContribution item : plan.items()) {
            Object value = resolver.resolve(item);
            if (value != null) {
                items.add(value);
                sources.add(item);
            } else {
                problems.add(resolver.lastProblem());
            }
        }
        try {
            bind(section, plan, items.toArray(), sources);
        } catch (RuntimeException | Error e) {
            // Why: map keys and sort order come from user code (key function, comparator, compareTo).
            problems.add(Problem.error("Section '" + plan.section().holder() + "' could not be built (in "
                    + plan.section().location() + "): its key function or sort order threw " + Failure.describe(e)
                    + System.lineSeparator() + "    The section is not linked. Fix the key function or comparator"
                    + " so it handles every contributed item."));
        }
    }

    private void bind(TypedSection<?> section, SectionPlan plan, Object[] items, List<ScannedContribution> sources) {
        Object[] array = items;
        for (int[] clash = binder.clashes(section, array); clash.length == 2; clash = binder.clashes(section, array)) {
            reportClash(section, plan, sources.get(clash[0]), sources.remove(clash[1]));
            array = without(array, clash[1]);
        }
        binder.bind(section, plan.section().holder(), array);
        linked.add(section);
    }

    private void reportClash(TypedSection<?> section, SectionPlan plan, ScannedContribution first,
            ScannedContribution second) {
        String what = section instanceof dev.premain.MapSection ? "the same key" : "equal items";
        problems.add(Problem.error(String.format("Section '%s' got %s from '%s' (in %s) and '%s' (in %s). Only"
                + " the first is kept. Give each contribution a distinct %s.", plan.section().holder(), what,
                first.displayName(), first.location(), second.displayName(), second.location(),
                section instanceof dev.premain.MapSection ? "key" : "value")));
    }

    private static Object[] without(Object[] array, int index) {
        Object[] shorter = new Object[array.length - 1];
        System.arraycopy(array, 0, shorter, 0, index);
        System.arraycopy(array, index + 1, shorter, index, array.length - index - 1);
        return shorter;
    }
}
