package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.Orders;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.Problems;
import dev.premain.internal.rules.Finding;
import dev.premain.internal.rules.ShapeRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the shape of every annotated member and the type of every contribution, with the rules
 * of the shared rulebook ({@link ShapeRules}), the same the annotation processor applies.
 */
final class ScanValidator {
    private final TypeOracle types;
    private final Problems problems;

    ScanValidator(TypeOracle types, Problems problems) {
        this.types = types;
        this.problems = problems;
    }

    /** What is still usable: every invalid entry removed, each reported once. */
    Declarations validate(Declarations scan) {
        List<DeclaredMethod> ctors = validMethods("@Ctor", scan.ctors());
        List<DeclaredMethod> dtors = validMethods("@Dtor", scan.dtors());
        Map<String, DeclaredSection> sections = validSections(scan.sections());
        List<DeclaredContribution> contributions = new ArrayList<>();
        List<DeclaredContribution> candidates = new ArrayList<>(scan.contributions());
        candidates.sort(Orders.CONTRIBUTIONS_BY_SECTION);
        for (DeclaredContribution contribution : candidates) {
            if (isValid(contribution, sections)) {
                contributions.add(contribution);
            }
        }
        return new Declarations(ctors, dtors, List.copyOf(sections.values()), contributions);
    }

    private List<DeclaredMethod> validMethods(String annotation, List<DeclaredMethod> methods) {
        List<DeclaredMethod> valid = new ArrayList<>();
        for (DeclaredMethod method : sortedMethods(methods)) {
            Finding broken = ShapeRules.method(annotation, method.className(), method.methodName(),
                    method.descriptor(), method.modifiers());
            if (broken == null) {
                valid.add(method);
            } else {
                problems.add(Problem.of(broken, method.location()));
            }
        }
        return valid;
    }

    private Map<String, DeclaredSection> validSections(List<DeclaredSection> declared) {
        Map<String, List<DeclaredSection>> byHolder = new LinkedHashMap<>();
        for (DeclaredSection section : sortedSections(declared)) {
            List<DeclaredSection> same = byHolder.get(section.holder());
            if (same == null) { // Why no computeIfAbsent: a lambda costs a class spin before main.
                same = new ArrayList<>();
                byHolder.put(section.holder(), same);
            }
            same.add(section);
        }
        Map<String, DeclaredSection> valid = new LinkedHashMap<>();
        for (List<DeclaredSection> sameHolder : byHolder.values()) {
            DeclaredSection first = sameHolder.get(0);
            Finding broken = sameHolder.size() > 1 ? ShapeRules.declaredMoreThanOnce(first.holder(),
                    fieldNames(sameHolder)) : ShapeRules.section(first.holder(), first.fieldName(),
                    first.modifiers(), first.sectionType(), first.elementType());
            if (broken == null) {
                valid.put(first.holder(), first);
            } else {
                problems.add(Problem.of(broken, first.location()));
            }
        }
        return valid;
    }

    private boolean isValid(DeclaredContribution item, Map<String, DeclaredSection> sections) {
        Finding broken = ShapeRules.contributionShape(item.shape());
        DeclaredSection section = sections.get(item.section());
        if (broken == null && section == null) {
            broken = ShapeRules.noSection(item.shape());
        }
        if (broken == null && !types.isAssignable(item.type(), section.elementType())) {
            broken = ShapeRules.wrongType(item.shape(), section.elementType());
        }
        if (broken != null) {
            problems.add(Problem.of(broken, item.location()));
        }
        return broken == null;
    }

    private static List<String> fieldNames(List<DeclaredSection> sections) {
        List<String> names = new ArrayList<>();
        for (DeclaredSection section : sections) {
            names.add(section.fieldName());
        }
        return names;
    }

    private static List<DeclaredMethod> sortedMethods(List<DeclaredMethod> methods) {
        List<DeclaredMethod> sorted = new ArrayList<>(methods);
        sorted.sort(Orders.METHODS_BY_NAME);
        return sorted;
    }

    private static List<DeclaredSection> sortedSections(List<DeclaredSection> sections) {
        List<DeclaredSection> sorted = new ArrayList<>(sections);
        sorted.sort(Orders.SECTIONS_BY_HOLDER);
        return sorted;
    }
}
