package dev.premain.processor;

import java.lang.reflect.Modifier;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Spells source elements the way the agent reads them from class files: binary names, erased
 * descriptors and {@link Modifier} bits, so an index record equals what a scan of the same class
 * would find.
 */
final class JvmTypes {
    private static final int ACC_SUPER = 0x0020;
    private static final int ACC_VARARGS = 0x0080;
    private static final int ACC_INTERFACE = 0x0200;
    private static final int ACC_ANNOTATION = 0x2000;
    private static final int ACC_ENUM = 0x4000;

    private final Elements elements;
    private final Types types;

    JvmTypes(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** {@code com.acme.Outer$Inner}. */
    String binaryName(TypeElement type) {
        return elements.getBinaryName(type).toString();
    }

    /** The erased type by name: a binary name, a primitive keyword, or a component name and {@code []}. */
    String typeName(TypeMirror type) {
        TypeMirror erased = erasure(type);
        if (erased.getKind() == TypeKind.ARRAY) {
            return typeName(((ArrayType) erased).getComponentType()) + "[]";
        }
        if (erased.getKind() == TypeKind.DECLARED) {
            return binaryName((TypeElement) ((DeclaredType) erased).asElement());
        }
        return erased.getKind().isPrimitive() || erased.getKind() == TypeKind.VOID
                ? erased.getKind().name().toLowerCase(java.util.Locale.ROOT) : erased.toString();
    }

    /** The JVM method descriptor with erased types, e.g. {@code (Ljava/lang/String;)V}. */
    String descriptor(ExecutableElement method) {
        StringBuilder descriptor = new StringBuilder("(");
        for (VariableElement parameter : method.getParameters()) {
            descriptor.append(descriptor(parameter.asType()));
        }
        return descriptor.append(')').append(descriptor(method.getReturnType())).toString();
    }

    private String descriptor(TypeMirror type) {
        TypeMirror erased = erasure(type);
        switch (erased.getKind()) {
            case BOOLEAN: return "Z";
            case BYTE: return "B";
            case CHAR: return "C";
            case SHORT: return "S";
            case INT: return "I";
            case LONG: return "J";
            case FLOAT: return "F";
            case DOUBLE: return "D";
            case VOID: return "V";
            case ARRAY: return "[" + descriptor(((ArrayType) erased).getComponentType());
            default: return "L" + typeName(erased).replace('.', '/') + ";";
        }
    }

    /** The erasure, with primitives boxed: what a value of this type is at run time. */
    TypeMirror boxedErasure(TypeMirror type) {
        TypeMirror erased = erasure(type);
        return erased.getKind().isPrimitive() ? types.boxedClass(types.getPrimitiveType(erased.getKind())).asType()
                : erased;
    }

    boolean isAssignable(TypeMirror from, TypeMirror to) {
        return types.isAssignable(boxedErasure(from), erasure(to));
    }

    private TypeMirror erasure(TypeMirror type) {
        // Why the guard: erasure of a package or module pseudo-type throws; error types stay as they are.
        return type.getKind() == TypeKind.ERROR || type.getKind() == TypeKind.NONE ? type : types.erasure(type);
    }

    /**
     * The class-file access flags of a member as {@link Modifier} bits: the declared and implicit
     * modifiers, plus {@code ACC_VARARGS} for a varargs method and {@code ACC_ENUM} for an enum
     * constant, which the class file carries and the agent's scanner reports.
     */
    static int modifiers(Element element) {
        int bits = 0;
        for (javax.lang.model.element.Modifier modifier : element.getModifiers()) {
            bits |= bit(modifier);
        }
        if (element instanceof ExecutableElement method && method.isVarArgs()) {
            bits |= ACC_VARARGS;
        }
        if (element.getKind() == ElementKind.ENUM_CONSTANT) {
            bits |= ACC_ENUM;
        }
        return bits;
    }

    private static int bit(javax.lang.model.element.Modifier modifier) {
        switch (modifier) {
            case PUBLIC: return Modifier.PUBLIC;
            case PRIVATE: return Modifier.PRIVATE;
            case PROTECTED: return Modifier.PROTECTED;
            case STATIC: return Modifier.STATIC;
            case FINAL: return Modifier.FINAL;
            case SYNCHRONIZED: return Modifier.SYNCHRONIZED;
            case VOLATILE: return Modifier.VOLATILE;
            case TRANSIENT: return Modifier.TRANSIENT;
            case NATIVE: return Modifier.NATIVE;
            case ABSTRACT: return Modifier.ABSTRACT;
            // Why no STRICTFP: class files of version 61 and later no longer carry ACC_STRICT.
            default: return 0;
        }
    }

    /**
     * A class's modifier bits as the agent's scanner reports them for a class contribution: the
     * class's own access flags ({@code ACC_SUPER} included) ORed with its {@code InnerClasses}
     * flags, with {@code ABSTRACT} for an interface.
     */
    static int classModifiers(TypeElement type) {
        int bits = modifiers(type);
        if ((bits & Modifier.PROTECTED) != 0) {
            bits |= Modifier.PUBLIC; // Why: javac writes a protected nested class as public in its own flags.
        }
        switch (type.getKind()) {
            case INTERFACE:
                return bits | ACC_INTERFACE | Modifier.ABSTRACT;
            case ANNOTATION_TYPE:
                return bits | ACC_INTERFACE | Modifier.ABSTRACT | ACC_ANNOTATION;
            case ENUM:
                return bits | ACC_SUPER | ACC_ENUM;
            default:
                return bits | ACC_SUPER;
        }
    }

    /**
     * Whether the class file will have a constructor without parameters. Why not just the source:
     * an inner class's constructors take the enclosing instance, an enum's take name and ordinal.
     */
    static boolean hasNoArgConstructor(TypeElement type) {
        boolean inner = type.getNestingKind().isNested() && !type.getModifiers().contains(
                javax.lang.model.element.Modifier.STATIC);
        if (inner || type.getKind() == ElementKind.ENUM) {
            return false;
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
