package dev.premain.testing;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The class files of the scale fixtures, written with ASM (javac would take minutes for a million
 * fields): int constants contributed to the section {@code scale.Big}, and ctors that count their
 * runs through {@code scale.Main.ran()}. Shared by the end-to-end {@code ScaleIT} and the scale
 * benchmark.
 */
public final class ScaleClasses implements Opcodes {
    private ScaleClasses() {
    }

    /**
     * A class of {@code fields} fields {@code F0...}, each {@code @Contribute(scale.Big.class) static final int}.
     *
     * @param internalName the class's internal name, e.g. {@code scale/items/Items0001}
     * @param first the first field's value; the others follow
     * @param fields how many fields
     * @return the class file
     */
    public static byte[] items(String internalName, int first, int fields) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, internalName, null, "java/lang/Object", null);
        for (int f = 0; f < fields; f++) {
            FieldVisitor field = writer.visitField(ACC_STATIC | ACC_FINAL, "F" + f, "I", null, first + f);
            AnnotationVisitor contribute = field.visitAnnotation("Ldev/premain/Contribute;", true);
            contribute.visit("value", Type.getObjectType("scale/Big"));
            contribute.visitEnd();
            field.visitEnd();
        }
        writer.visitEnd();
        return writer.toByteArray();
    }

    /**
     * A class of {@code count} ctors {@code c000...}, with priorities cycling through 0..6.
     *
     * @param internalName the class's internal name
     * @param count how many ctors
     * @return the class file
     */
    public static byte[] ctors(String internalName, int count) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, internalName, null, "java/lang/Object", null);
        for (int m = 0; m < count; m++) {
            MethodVisitor method = writer.visitMethod(ACC_STATIC, ctorName(m), "()V", null, null);
            AnnotationVisitor ctor = method.visitAnnotation("Ldev/premain/Ctor;", true);
            ctor.visit("priority", m % 7);
            ctor.visitEnd();
            method.visitCode();
            method.visitMethodInsn(INVOKESTATIC, "scale/Main", "ran", "()V", false);
            method.visitInsn(RETURN);
            method.visitMaxs(0, 0);
            method.visitEnd();
        }
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** The name of ctor {@code m} of a {@link #ctors} class. */
    public static String ctorName(int m) {
        return String.format("c%03d", m);
    }
}
