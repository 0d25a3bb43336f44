package dev.premain.processor;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/** Walks the classes of a compilation: covers each one, checks each Premain annotation, fills the index. */
final class RoundScanner {
    private final Messager messager;
    private final AnnotationReader annotations;
    private final JvmTypes jvm;
    private final CompilationIndex index;
    private final SectionScanner sections;
    private boolean failed;

    RoundScanner(ProcessingEnvironment env, CompilationIndex index) {
        this.messager = env.getMessager();
        this.annotations = new AnnotationReader(env.getElementUtils());
        this.jvm = new JvmTypes(env.getElementUtils(), env.getTypeUtils());
        this.index = index;
        this.sections = new SectionScanner(jvm, index, this::error);
    }

    /** Whether a problem was found; then no index is written. */
    boolean failed() {
        return failed;
    }

    /** Covers {@code type} and its nested types, and checks and indexes their Premain annotations. */
    void scan(TypeElement type) {
        String className = jvm.binaryName(type);
        index.cover(className);
        AnnotationMirror contribute = AnnotationReader.find(type, AnnotationReader.CONTRIBUTE);
        if (contribute != null) {
            contribute(type, contribute, type.asType(), new Contribution(null, className, null, "CLASS",
                    JvmTypes.classModifiers(type), className, !JvmTypes.hasNoArgConstructor(type), null));
        }
        for (Element member : type.getEnclosedElements()) {
            if (member instanceof TypeElement nested) {
                scan(nested);
            } else if (member.getKind() == ElementKind.METHOD) {
                method(className, (ExecutableElement) member);
            } else if (member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.ENUM_CONSTANT) {
                field(className, (VariableElement) member);
            }
        }
        sections.scan(type);
    }

    private void method(String className, ExecutableElement method) {
        String name = method.getSimpleName().toString();
        String descriptor = jvm.descriptor(method);
        int modifiers = JvmTypes.modifiers(method);
        for (String annotation : List.of(AnnotationReader.CTOR, AnnotationReader.DTOR)) {
            AnnotationMirror mirror = AnnotationReader.find(method, annotation);
            if (mirror != null) {
                lifecycle(method, mirror, annotation.equals(AnnotationReader.CTOR), className, descriptor, modifiers);
            }
        }
        AnnotationMirror contribute = AnnotationReader.find(method, AnnotationReader.CONTRIBUTE);
        if (contribute != null) {
            contribute(method, contribute, method.getReturnType(), new Contribution(null, className, name, "METHOD",
                    modifiers, jvm.typeName(method.getReturnType()), !method.getParameters().isEmpty(), null));
        }
    }

    private void lifecycle(ExecutableElement method, AnnotationMirror mirror, boolean ctor, String className,
            String descriptor, int modifiers) {
        String name = method.getSimpleName().toString();
        String problem = UsageValidator.methodProblem(ctor ? "@Ctor" : "@Dtor", className, name, descriptor,
                modifiers);
        List<TypeMirror> afterTypes = annotations.classValues(mirror, "after");
        Object priority = annotations.value(mirror, "priority");
        if (problem != null) {
            error(method, problem);
        } else if (afterTypes == null || !(priority instanceof Integer)) {
            failed = true; // Why no message: javac reports the broken annotation value itself.
        } else {
            List<String> after = new ArrayList<>();
            afterTypes.forEach(type -> after.add(jvm.typeName(type)));
            if (ctor) {
                index.ctor(className, name, descriptor, modifiers, (Integer) priority, after);
            } else {
                index.dtor(className, name, descriptor, modifiers, (Integer) priority, after);
            }
        }
    }

    private void field(String className, VariableElement field) {
        AnnotationMirror contribute = AnnotationReader.find(field, AnnotationReader.CONTRIBUTE);
        if (contribute != null) {
            int modifiers = JvmTypes.modifiers(field);
            Object constant = Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) ? field.getConstantValue()
                    : null;
            contribute(field, contribute, field.asType(), new Contribution(null, className,
                    field.getSimpleName().toString(), "FIELD", modifiers, jvm.typeName(field.asType()), false,
                    constant));
        }
    }

    /**
     * Checks a contribution in the agent's order (shape, section, type) and indexes it if valid.
     *
     * @param item the contribution, its section still unset
     */
    private void contribute(Element element, AnnotationMirror mirror, TypeMirror itemType, Contribution item) {
        TypeMirror target = annotations.classValue(mirror, "value");
        if (target == null) {
            failed = true; // Why no message: javac reports the class that does not resolve.
            return;
        }
        Contribution named = item.withSection(jvm.typeName(target));
        String problem = UsageValidator.shapeProblem(named);
        if (problem == null) {
            DeclaredType elementType = target.getKind() == TypeKind.DECLARED
                    ? sections.elementTypeOf((TypeElement) ((DeclaredType) target).asElement()) : null;
            if (elementType == null) {
                problem = UsageValidator.noSection(named);
            } else if (!jvm.isAssignable(itemType, elementType)) {
                problem = UsageValidator.wrongType(named, jvm.typeName(elementType));
            }
        }
        if (problem != null) {
            error(element, problem);
        } else {
            index.contribute(named);
        }
    }

    private void error(Element element, String message) {
        failed = true;
        messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
