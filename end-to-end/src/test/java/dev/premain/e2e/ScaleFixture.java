package dev.premain.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Writes the scale fixture with ASM: {@code classes x fields} int constants contributed to one
 * section {@code scale.Big}, and {@code ctorClasses x ctorsPerClass} ctors that count their runs.
 */
final class ScaleFixture implements Opcodes {
    private ScaleFixture() {
    }

    static Path write(Path jar, int classes, int fields, int ctorClasses, int ctorsPerClass) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (int c = 0; c < classes; c++) {
                put(out, String.format("scale/items/Items%04d", c), items(c, fields));
            }
            for (int c = 0; c < ctorClasses; c++) {
                put(out, String.format("scale/ctors/Ctors%04d", c), ctors(c, ctorsPerClass));
            }
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name + ".class"));
        out.write(bytes);
        out.closeEntry();
    }

    private static byte[] items(int index, int fields) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(V17, ACC_PUBLIC | ACC_FINAL, String.format("scale/items/Items%04d", index), null,
                "java/lang/Object", null);
        for (int f = 0; f < fields; f++) {
            FieldVisitor field = writer.visitField(ACC_STATIC | ACC_FINAL, "F" + f, "I", null, index * fields + f);
            AnnotationVisitor contribute = field.visitAnnotation("Ldev/premain/Contribute;", true);
            contribute.visit("value", Type.getObjectType("scale/Big"));
            contribute.visitEnd();
            field.visitEnd();
        }
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static byte[] ctors(int index, int count) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(V17, ACC_PUBLIC | ACC_FINAL, String.format("scale/ctors/Ctors%04d", index), null,
                "java/lang/Object", null);
        for (int m = 0; m < count; m++) {
            MethodVisitor method = writer.visitMethod(ACC_STATIC, String.format("c%03d", m), "()V", null, null);
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
}
