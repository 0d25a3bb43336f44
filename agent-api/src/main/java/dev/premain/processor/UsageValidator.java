package dev.premain.processor;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The compile-time twin of the agent's {@code ScanValidator}: the same rules over the same values,
 * and the same messages word for word, less the {@code (in <jar or dir>)} part, because javac
 * already points at the file and line. Each check returns the problem's message, or {@code null}.
 */
final class UsageValidator {
    static final Set<String> SECTION_TYPES = Set.of("dev.premain.ImmutableSection", "dev.premain.MutableSection",
            "dev.premain.SortedSection", "dev.premain.MapSection", "dev.premain.SetSection");

    private UsageValidator() {
    }

    /** A {@code @Ctor} or {@code @Dtor} method: static, no parameters, void. */
    static String methodProblem(String annotation, String className, String method, String descriptor,
            int modifiers) {
        List<String> broken = new ArrayList<>();
        if (!Modifier.isStatic(modifiers)) {
            broken.add(Modifier.isAbstract(modifiers) ? "must not be abstract" : "must be static");
        }
        if (!descriptor.startsWith("()")) {
            broken.add("must not declare parameters");
        }
        if (!descriptor.endsWith(")V")) {
            broken.add("must return void");
        }
        return broken.isEmpty() ? null : String.format("%s method '%s.%s' %s. It will not run. Declare it as"
                + " 'static void %s()'.", annotation, className, method, join(broken), method);
    }

    /** A class with more than one {@code @Section} field. */
    static String declaredTwice(String holder, String firstField, String secondField) {
        return String.format("Section '%s' is declared twice, by fields '%s' and '%s'. Contributions name a section"
                + " by its class, so they could not tell the two apart; neither is linked. Move one field into a"
                + " class of its own.", holder, firstField, secondField);
    }

    /** A {@code @Section} field: static final, of a section type, with a class as element type. */
    static String sectionProblem(String holder, String fieldName, int modifiers, String sectionType,
            String elementType) {
        String field = "@Section field '" + holder + "." + fieldName + "'";
        if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers)) {
            return field + " must be static final. The section is not linked. Declare it as 'static final "
                    + simpleName(sectionType) + "<...> " + fieldName + "'.";
        }
        if (!SECTION_TYPES.contains(sectionType)) {
            return field + " has type '" + sectionType + "', which is not a section type. The section is not"
                    + " linked. Use ImmutableSection, MutableSection, SortedSection, MapSection or SetSection.";
        }
        if (elementType == null) {
            return field + " must name its element type as a class, as in '" + simpleName(sectionType)
                    + "<Command>'. The section is not linked. Replace the raw type, wildcard or type variable"
                    + " with a class.";
        }
        return null;
    }

    /** The shape of a contribution: a static final field, a static no-arg non-void method, a concrete class. */
    static String shapeProblem(Contribution item) {
        String shape = shape(item);
        return shape == null ? null : subject(item) + " " + shape + ". It is not added to section '" + item.section()
                + "'. " + shapeFix(item);
    }

    /** A contribution naming a class that declares no valid section. */
    static String noSection(Contribution item) {
        return subject(item) + " names section '" + item.section() + "', but that class declares no valid @Section"
                + " field. The item is not registered anywhere. Declare '@Section static final ImmutableSection<...>'"
                + " in '" + item.section() + "', or name the right class in @Contribute.";
    }

    /** A contribution whose type is not assignable to the section's element type. */
    static String wrongType(Contribution item, String elementType) {
        return subject(item) + " is a '" + item.type() + "', but section '" + item.section() + "' holds '"
                + elementType + "'. It is not added to the section. Contribute a '" + elementType
                + "', or contribute to a section of '" + item.type() + "'.";
    }

    private static String subject(Contribution item) {
        return "@Contribute " + item.kind().toLowerCase(Locale.ROOT) + " '" + item.displayName() + "'";
    }

    private static String shape(Contribution item) {
        int modifiers = item.modifiers();
        switch (item.kind()) {
            case "FIELD":
                return Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) ? null : "must be static final";
            case "METHOD":
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

    private static String shapeFix(Contribution item) {
        switch (item.kind()) {
            case "FIELD":
                return "Declare it as 'static final " + simpleName(item.type()) + " " + item.member() + "'.";
            case "METHOD":
                return "Declare it as 'static " + simpleName(item.type()) + " " + item.member() + "()'.";
            default:
                return "Add a constructor without parameters, or contribute a static factory method instead.";
        }
    }

    private static String join(List<String> rules) {
        if (rules.size() == 1) {
            return rules.get(0);
        }
        return String.join(", ", rules.subList(0, rules.size() - 1)) + " and " + rules.get(rules.size() - 1);
    }

    static String simpleName(String binaryName) {
        return binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
    }
}
