package dev.premain.processor;

import dev.premain.internal.rules.ContributionShape;
import dev.premain.internal.rules.Finding;
import dev.premain.internal.rules.ShapeRules;
import java.util.List;

/**
 * The processor's side of the one rulebook ({@link ShapeRules}): the same rules over the same
 * values as the agent, rendered without the {@code (in <jar or dir>)} part, because javac already
 * points at the file and line. Each check returns the message, or {@code null}.
 */
final class UsageValidator {
    private UsageValidator() {
    }

    /** A {@code @Ctor} or {@code @Dtor} method: static, no parameters, void. */
    static String methodProblem(String annotation, String className, String method, String descriptor,
            int modifiers) {
        return text(ShapeRules.method(annotation, className, method, descriptor, modifiers));
    }

    /** A class with more than one {@code @Section} field. */
    static String declaredTwice(String holder, List<String> fieldNames) {
        return text(ShapeRules.declaredMoreThanOnce(holder, fieldNames));
    }

    /** A {@code @Section} field: static final, of a section type, with a class as element type. */
    static String sectionProblem(String holder, String fieldName, int modifiers, String sectionType,
            String elementType) {
        return text(ShapeRules.section(holder, fieldName, modifiers, sectionType, elementType));
    }

    /** The shape of a contribution: a static final field, a static no-arg non-void method, a concrete class. */
    static String shapeProblem(Contribution item) {
        return text(ShapeRules.contributionShape(shape(item)));
    }

    /** A contribution naming a class that declares no valid section. */
    static String noSection(Contribution item) {
        return text(ShapeRules.noSection(shape(item)));
    }

    /** A contribution whose type is not assignable to the section's element type. */
    static String wrongType(Contribution item, String elementType) {
        return text(ShapeRules.wrongType(shape(item), elementType));
    }

    private static ContributionShape shape(Contribution item) {
        return new ContributionShape(ContributionShape.Kind.valueOf(item.kind()), item.className(), item.member(),
                item.modifiers(), item.type(), item.hasParameters(), item.section());
    }

    private static String text(Finding finding) {
        return finding == null ? null : finding.text(null);
    }
}
