package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.Orders;
import dev.premain.agent.internal.model.ScanResult;
import dev.premain.agent.internal.model.ScannedContribution;
import dev.premain.agent.internal.model.ScannedMethod;
import dev.premain.agent.internal.model.ScannedSection;
import dev.premain.agent.internal.problem.Problem;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the shape of every annotated member and the type of every contribution. */
public final class ScanValidator {
    public static final Set<String> SECTION_TYPES = Set.of("dev.premain.ImmutableSection", "dev.premain.MutableSection",
            "dev.premain.SortedSection", "dev.premain.MapSection", "dev.premain.SetSection");

    private final TypeOracle types;
    private final List<Problem> problems = new ArrayList<>();

    public ScanValidator(TypeOracle types) {
        this.types = types;
    }

    public Validation validate(ScanResult scan) {
        problems.clear();
        List<ScannedMethod> ctors = validMethods("@Ctor", scan.ctors());
        List<ScannedMethod> dtors = validMethods("@Dtor", scan.dtors());
        Map<String, ScannedSection> sections = validSections(scan.sections());
        List<ScannedContribution> contributions = new ArrayList<>();
        List<ScannedContribution> candidates = new ArrayList<>(scan.contributions());
        candidates.sort(Orders.CONTRIBUTIONS_BY_SECTION);
        for (ScannedContribution contribution : candidates) {
            if (isValid(contribution, sections)) {
                contributions.add(contribution);
            }
        }
        problems.addAll(0, scan.warnings());
        return new Validation(List.copyOf(problems), new ScanResult(ctors, dtors,
                List.copyOf(sections.values()), contributions, scan.warnings()));
    }

    private List<ScannedMethod> validMethods(String annotation, List<ScannedMethod> methods) {
        List<ScannedMethod> valid = new ArrayList<>();
        for (ScannedMethod method : sortedMethods(methods)) {
            List<String> broken = new ArrayList<>();
            if (!Modifier.isStatic(method.modifiers())) {
                broken.add(Modifier.isAbstract(method.modifiers()) ? "must not be abstract" : "must be static");
            }
            if (!method.descriptor().startsWith("()")) {
                broken.add("must not declare parameters");
            }
            if (!method.descriptor().endsWith(")V")) {
                broken.add("must return void");
            }
            if (broken.isEmpty()) {
                valid.add(method);
            } else {
                problems.add(Problem.error(String.format("%s method '%s' %s (in %s). It will not run. Declare it as"
                        + " 'static void %s()'.", annotation, method.displayName(), join(broken),
                        method.location(), method.methodName())));
            }
        }
        return valid;
    }

    private Map<String, ScannedSection> validSections(List<ScannedSection> declared) {
        Map<String, List<ScannedSection>> byHolder = new LinkedHashMap<>();
        for (ScannedSection section : sortedSections(declared)) {
            List<ScannedSection> same = byHolder.get(section.holder());
            if (same == null) {
                same = new ArrayList<>();
                byHolder.put(section.holder(), same);
            }
            same.add(section);
        }
        Map<String, ScannedSection> valid = new LinkedHashMap<>();
        for (List<ScannedSection> sameHolder : byHolder.values()) {
            ScannedSection first = sameHolder.get(0);
            if (sameHolder.size() > 1) {
                problems.add(Problem.error(sameHolder.size() == 2
                        ? String.format("Section '%s' is declared twice, by fields '%s' and '%s' (in %s). Contributions"
                        + " name a section by its class, so they could not tell the two apart; neither is linked. Move"
                        + " one field into a class of its own.", first.holder(), first.fieldName(),
                        sameHolder.get(1).fieldName(), first.location())
                        : String.format("Section '%s' is declared %d times, by fields %s (in %s). Contributions name a"
                        + " section by its class, so they could not tell them apart; none is linked. Move all but one"
                        + " field into classes of their own.", first.holder(), sameHolder.size(),
                        fieldNames(sameHolder), first.location())));
            } else if (isValid(first)) {
                valid.put(first.holder(), first);
            }
        }
        return valid;
    }

    private boolean isValid(ScannedSection section) {
        String field = "@Section field '" + section.holder() + "." + section.fieldName() + "'";
        String at = " (in " + section.location() + ").";
        if (!Modifier.isStatic(section.modifiers()) || !Modifier.isFinal(section.modifiers())) {
            return fail(field + " must be static final" + at + " The section is not linked. Declare it as"
                    + " 'static final " + simpleName(section.sectionType()) + "<...> " + section.fieldName() + "'.");
        }
        if (!SECTION_TYPES.contains(section.sectionType())) {
            return fail(field + " has type '" + section.sectionType() + "', which is not a section type" + at
                    + " The section is not linked. Use ImmutableSection, MutableSection, SortedSection,"
                    + " MapSection or SetSection.");
        }
        if (section.elementType() == null) {
            return fail(field + " must name its element type as a class, as in '"
                    + simpleName(section.sectionType())
                    + (section.sectionType().endsWith("MapSection") ? "<String, Command>'" : "<Command>'") + at
                    + " The section is not linked. Replace the raw type, wildcard or type variable with a class.");
        }
        return true;
    }

    private boolean isValid(ScannedContribution item, Map<String, ScannedSection> sections) {
        String subject = "@Contribute " + item.kind().name().toLowerCase(java.util.Locale.ROOT) + " '"
                + item.displayName() + "'";
        String at = " (in " + item.location() + ").";
        String shape = shapeProblem(item);
        if (shape != null) {
            return fail(subject + " " + shape + at + " It is not added to section '" + item.section() + "'. "
                    + shapeFix(item));
        }
        ScannedSection section = sections.get(item.section());
        if (section == null) {
            return fail(subject + " names section '" + item.section() + "', but that class declares no valid"
                    + " @Section field" + at + " The item is not registered anywhere. Declare"
                    + " '@Section static final ImmutableSection<...>' in '" + item.section()
                    + "', or name the right class in @Contribute.");
        }
        if (!types.isAssignable(item.type(), section.elementType())) {
            return fail(subject + " is a '" + item.type() + "', but section '" + item.section() + "' holds '"
                    + section.elementType() + "'" + at + " It is not added to the section. Contribute a '"
                    + section.elementType() + "', or contribute to a section of '" + item.type() + "'.");
        }
        return true;
    }

    private static String shapeProblem(ScannedContribution item) {
        int modifiers = item.modifiers();
        switch (item.kind()) {
            case FIELD:
                return Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) ? null : "must be static final";
            case METHOD:
                if (!Modifier.isStatic(modifiers)) {
                    return "must be static";
                }
                if (item.hasParameters()) {
                    return "must not declare parameters";
                }
                return item.type().equals("void") ? "must return the item, not void" : null;
            default:
                if (Modifier.isAbstract(modifiers)) {
                    return "must be a concrete class, not abstract or an interface";
                }
                return item.hasParameters() ? "must have a constructor without parameters" : null;
        }
    }

    private static String shapeFix(ScannedContribution item) {
        switch (item.kind()) {
            case FIELD:
                return "Declare it as 'static final " + simpleName(item.type()) + " " + item.memberName() + "'.";
            case METHOD:
                return item.type().equals("void") ? "Make it return the item it contributes."
                        : "Declare it as 'static " + simpleName(item.type()) + " " + item.memberName() + "()'.";
            default:
                return Modifier.isAbstract(item.modifiers()) ? "Contribute a concrete class, or a static factory method."
                        : "Add a constructor without parameters, or contribute a static factory method instead.";
        }
    }

    private static String fieldNames(List<ScannedSection> sections) {
        List<String> quoted = new ArrayList<>();
        for (ScannedSection section : sections) {
            quoted.add("'" + section.fieldName() + "'");
        }
        return join(quoted);
    }

    private boolean fail(String message) {
        problems.add(Problem.error(message));
        return false;
    }

    private static String join(List<String> rules) {
        if (rules.size() == 1) {
            return rules.get(0);
        }
        return String.join(", ", rules.subList(0, rules.size() - 1)) + " and " + rules.get(rules.size() - 1);
    }

    public static String simpleName(String binaryName) {
        return binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
    }

    private static List<ScannedMethod> sortedMethods(List<ScannedMethod> methods) {
        List<ScannedMethod> sorted = new ArrayList<>(methods);
        sorted.sort(Orders.METHODS_BY_NAME);
        return sorted;
    }

    private static List<ScannedSection> sortedSections(List<ScannedSection> sections) {
        List<ScannedSection> sorted = new ArrayList<>(sections);
        sorted.sort(Orders.SECTIONS_BY_HOLDER);
        return sorted;
    }

}
