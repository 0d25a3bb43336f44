package dev.premain.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads {@code @Section} fields: checks and indexes those of the classes being compiled, and finds
 * the section of a class that a contribution names, whether it is compiled now or on the class path.
 */
final class SectionScanner {
    private final JvmTypes jvm;
    private final CompilationIndex index;
    private final BiConsumer<Element, String> errors;

    SectionScanner(JvmTypes jvm, CompilationIndex index, BiConsumer<Element, String> errors) {
        this.jvm = jvm;
        this.index = index;
        this.errors = errors;
    }

    /** Checks the section that {@code holder} declares, if any, and indexes it when valid. */
    void scan(TypeElement holder) {
        List<VariableElement> fields = sectionFields(holder);
        if (fields.size() > 1) {
            List<String> names = new ArrayList<>();
            fields.forEach(field -> names.add(field.getSimpleName().toString()));
            errors.accept(fields.get(1), UsageValidator.declaredTwice(jvm.binaryName(holder), names));
        } else if (fields.size() == 1) {
            VariableElement field = fields.get(0);
            String problem = problem(holder, field);
            if (problem != null) {
                errors.accept(field, problem);
            } else {
                index.section(jvm.binaryName(holder), field.getSimpleName().toString(), JvmTypes.modifiers(field),
                        jvm.typeName(field.asType()), jvm.typeName(elementType(field)));
            }
        }
    }

    /** The element type of the one valid section that {@code holder} declares, or {@code null}. */
    DeclaredType elementTypeOf(TypeElement holder) {
        List<VariableElement> fields = sectionFields(holder);
        return fields.size() == 1 && problem(holder, fields.get(0)) == null ? elementType(fields.get(0)) : null;
    }

    private String problem(TypeElement holder, VariableElement field) {
        DeclaredType elementType = elementType(field);
        return UsageValidator.sectionProblem(jvm.binaryName(holder), field.getSimpleName().toString(),
                JvmTypes.modifiers(field), jvm.typeName(field.asType()),
                elementType == null ? null : jvm.typeName(elementType));
    }

    /** The {@code @Section} fields of a class, by name. */
    private static List<VariableElement> sectionFields(TypeElement type) {
        List<VariableElement> fields = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (AnnotationReader.find(field, AnnotationReader.SECTION) != null) {
                fields.add(field);
            }
        }
        fields.sort(Comparator.comparing(field -> field.getSimpleName().toString()));
        return fields;
    }

    /**
     * The last type argument when it is a class ({@code V} of {@code MapSection<K, V>}), else
     * {@code null}: a raw type, a wildcard, a type variable or an array.
     */
    private static DeclaredType elementType(VariableElement field) {
        if (field.asType().getKind() != TypeKind.DECLARED) {
            return null;
        }
        List<? extends TypeMirror> arguments = ((DeclaredType) field.asType()).getTypeArguments();
        TypeMirror last = arguments.isEmpty() ? null : arguments.get(arguments.size() - 1);
        return last != null && last.getKind() == TypeKind.DECLARED ? (DeclaredType) last : null;
    }
}
