package dev.premain.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads Premain annotations as mirrors, by name. Why mirrors, not {@code getAnnotation}: a class
 * value can only be read as a type, and a class that does not resolve must not throw.
 */
final class AnnotationReader {
    static final String CTOR = "dev.premain.Ctor";
    static final String DTOR = "dev.premain.Dtor";
    static final String SECTION = "dev.premain.Section";
    static final String CONTRIBUTE = "dev.premain.Contribute";
    private static final List<String> PREMAIN = List.of(CTOR, DTOR, SECTION, CONTRIBUTE);

    private final Elements elements;

    AnnotationReader(Elements elements) {
        this.elements = elements;
    }

    /** The annotation named {@code name} on {@code element}, or {@code null}. */
    static AnnotationMirror find(Element element, String name) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (name(mirror).equals(name)) {
                return mirror;
            }
        }
        return null;
    }

    /**
     * An annotation element's value, its default if not given; {@code null} if it has none, which
     * javac reports as an error of its own.
     */
    Object value(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue().getValue();
            }
        }
        return null;
    }

    /** A class value, or {@code null} if it is missing or does not resolve. */
    TypeMirror classValue(AnnotationMirror mirror, String name) {
        Object value = value(mirror, name);
        return value instanceof TypeMirror type && !isUnresolved(type) ? type : null;
    }

    /** A class-array value, or {@code null} if it is missing or any of its classes does not resolve. */
    List<TypeMirror> classValues(AnnotationMirror mirror, String name) {
        if (!(value(mirror, name) instanceof List<?> items)) {
            return null;
        }
        List<TypeMirror> types = new ArrayList<>();
        for (Object item : items) {
            Object value = ((AnnotationValue) item).getValue();
            if (!(value instanceof TypeMirror type) || isUnresolved(type)) {
                return null;
            }
            types.add(type);
        }
        return types;
    }

    /**
     * Whether every class that a Premain annotation on {@code element} or its members names
     * resolves. If not, another processor may still generate the class in a later round.
     */
    static boolean isResolved(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (PREMAIN.contains(name(mirror)) && !isResolved(mirror)) {
                return false;
            }
        }
        for (Element member : element.getEnclosedElements()) {
            if (!isResolved(member)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isResolved(AnnotationMirror mirror) {
        for (AnnotationValue value : mirror.getElementValues().values()) {
            List<?> items = value.getValue() instanceof List<?> list ? list : List.of(value);
            for (Object item : items) {
                if (isUnresolved(((AnnotationValue) item).getValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** javac gives a class that does not resolve as an error type, or as an error string. */
    private static boolean isUnresolved(Object value) {
        return value instanceof String || value instanceof TypeMirror type && type.getKind() == TypeKind.ERROR;
    }

    private static String name(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}
