package dev.premain.internal.rules;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shape rules of Premain's annotations, each returning the {@link Finding} it reports or
 * {@code null} when the rule holds. Both the annotation processor and the agent call these, over
 * the same values (binary class names, JVM descriptors, {@link Modifier} bits), so a mistake gets
 * the same message at compile time and at launch.
 */
public final class ShapeRules {
    /** The section types a {@code @Section} field may have, by binary name. */
    public static final Set<String> SECTION_TYPES = Set.of("dev.premain.ImmutableSection",
            "dev.premain.MutableSection", "dev.premain.SortedSection", "dev.premain.MapSection",
            "dev.premain.SetSection");

    private static final String NOT_LINKED = "The section is not linked.";

    private ShapeRules() {
    }

    /**
     * A {@code @Ctor} or {@code @Dtor} method: static, no parameters, {@code void}.
     *
     * @param annotation {@code @Ctor} or {@code @Dtor}
     * @param className the declaring class's binary name
     * @param methodName the method's name
     * @param descriptor the JVM method descriptor, e.g. {@code ()V}
     * @param modifiers the method's modifier bits
     * @return the finding, or {@code null} if the method is well-formed
     */
    public static Finding method(String annotation, String className, String methodName, String descriptor,
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
        return broken.isEmpty() ? null : new Finding(Codes.methodShape(annotation), annotation + " method '"
                + className + "." + methodName + "'", join(broken), "It will not run.",
                "Declare it as 'static void " + methodName + "()'.");
    }

    /**
     * A class with more than one {@code @Section} field.
     *
     * @param holder the class's binary name
     * @param fieldNames the fields' names, sorted, at least two
     * @return the finding
     */
    public static Finding declaredMoreThanOnce(String holder, List<String> fieldNames) {
        if (fieldNames.size() == 2) {
            return new Finding(Codes.SECTION_DECLARED_TWICE, "Section '" + holder + "'", "is declared twice, by"
                    + " fields '" + fieldNames.get(0) + "' and '" + fieldNames.get(1) + "'", "Contributions name a"
                    + " section by its class, so they could not tell the two apart; neither is linked.",
                    "Move one field into a class of its own.");
        }
        List<String> quoted = new ArrayList<>();
        for (String field : fieldNames) {
            quoted.add("'" + field + "'");
        }
        return new Finding(Codes.SECTION_DECLARED_TWICE, "Section '" + holder + "'", "is declared "
                + fieldNames.size() + " times, by fields " + join(quoted), "Contributions name a section by its"
                + " class, so they could not tell them apart; none is linked.",
                "Move all but one field into classes of their own.");
    }

    /**
     * A {@code @Section} field: static final, of a section type, with a class as element type.
     *
     * @param holder the declaring class's binary name
     * @param fieldName the field's name
     * @param modifiers the field's modifier bits
     * @param sectionType the field type's binary name
     * @param elementType the element type's binary name, or {@code null} if it is not a class
     * @return the finding, or {@code null} if the field is well-formed
     */
    public static Finding section(String holder, String fieldName, int modifiers, String sectionType,
            String elementType) {
        // Why no text before a rule fails: this runs before main for every section, and most are valid.
        if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers)) {
            return new Finding(Codes.SECTION_SHAPE, sectionField(holder, fieldName), "must be static final",
                    NOT_LINKED, "Declare it as 'static final " + simpleName(sectionType) + "<...> " + fieldName
                    + "'.");
        }
        if (!SECTION_TYPES.contains(sectionType)) {
            return new Finding(Codes.SECTION_TYPE, sectionField(holder, fieldName), "has type '" + sectionType
                    + "', which is not a section type", NOT_LINKED, "Use ImmutableSection, MutableSection,"
                    + " SortedSection, MapSection or SetSection.");
        }
        if (elementType == null) {
            return new Finding(Codes.SECTION_ELEMENT_TYPE, sectionField(holder, fieldName), "must name its element"
                    + " type as a class, as in '" + simpleName(sectionType) + (sectionType.endsWith("MapSection")
                    ? "<String, Command>'" : "<Command>'"), NOT_LINKED, "Replace the raw type, wildcard or type"
                    + " variable with a class.");
        }
        return null;
    }

    private static String sectionField(String holder, String fieldName) {
        return "@Section field '" + holder + "." + fieldName + "'";
    }

    /**
     * The shape of a contribution: a static final field, a static no-arg method returning the item,
     * or a concrete class with a no-arg constructor.
     *
     * @param item the contribution
     * @return the finding, or {@code null} if the contribution is well-formed
     */
    public static Finding contributionShape(ContributionShape item) {
        String broken = brokenShape(item);
        return broken == null ? null : new Finding(Codes.CONTRIBUTION_SHAPE, item.subject(), broken,
                "It is not added to section '" + item.section() + "'.", shapeFix(item));
    }

    /**
     * A contribution naming a class that declares no valid section.
     *
     * @param item the contribution
     * @return the finding
     */
    public static Finding noSection(ContributionShape item) {
        return new Finding(Codes.CONTRIBUTION_NO_SECTION, item.subject(), "names section '" + item.section()
                + "', but that class declares no valid @Section field", "The item is not registered anywhere.",
                "Declare '@Section static final ImmutableSection<...>' in '" + item.section() + "', or name the"
                + " right class in @Contribute.");
    }

    /**
     * A contribution whose type is not assignable to the section's element type.
     *
     * @param item the contribution
     * @param elementType the section's element type's binary name
     * @return the finding
     */
    public static Finding wrongType(ContributionShape item, String elementType) {
        return new Finding(Codes.CONTRIBUTION_TYPE, item.subject(), "is a '" + item.type() + "', but section '"
                + item.section() + "' holds '" + elementType + "'", "It is not added to the section.",
                "Contribute a '" + elementType + "', or contribute to a section of '" + item.type() + "'.");
    }

    private static String brokenShape(ContributionShape item) {
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
                if (Modifier.isAbstract(modifiers) || Modifier.isInterface(modifiers)) {
                    return "must be a concrete class, not abstract or an interface";
                }
                return item.hasParameters() ? "must have a constructor without parameters" : null;
        }
    }

    private static String shapeFix(ContributionShape item) {
        switch (item.kind()) {
            case FIELD:
                return "Declare it as 'static final " + simpleName(item.type()) + " " + item.member() + "'.";
            case METHOD:
                return item.type().equals("void") ? "Make it return the item it contributes."
                        : "Declare it as 'static " + simpleName(item.type()) + " " + item.member() + "()'.";
            default:
                return Modifier.isAbstract(item.modifiers()) || Modifier.isInterface(item.modifiers())
                        ? "Contribute a concrete class, or a static factory method."
                        : "Add a constructor without parameters, or contribute a static factory method instead.";
        }
    }

    /**
     * Joins rules as prose: {@code a}, {@code a and b}, {@code a, b and c}.
     *
     * @param parts the parts, at least one
     * @return the joined text
     */
    public static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /**
     * The simple name of a binary class name: {@code Command} for {@code com.acme.Cli$Command}.
     *
     * @param binaryName the binary name
     * @return the part after the last {@code .} or {@code $}
     */
    public static String simpleName(String binaryName) {
        return binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
    }
}
