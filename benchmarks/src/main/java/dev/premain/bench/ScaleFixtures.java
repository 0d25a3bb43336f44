package dev.premain.bench;

import dev.premain.testing.ScaleClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Writes one jar of the scale series with ASM: {@code items} int constants contributed to the
 * sorted section {@code scale.Big.ALL} (1,000 per class), {@code ctors} ctors (10 per class) that
 * count their runs, and {@code scale.Main}, which prints {@code items N ctors M}; and the Premain
 * index that the annotation processor would write for those classes (docs/INDEX-FORMAT.md), so the
 * jar starts as an indexed one, or, with {@code index=off}, as a cold one.
 */
final class ScaleFixtures implements Opcodes {
    private static final int FIELDS_PER_CLASS = 1000;
    private static final int CTORS_PER_CLASS = 10;

    private ScaleFixtures() {
    }

    static Path write(Path jar, int items, int ctors) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "scale/Big", big());
            put(out, "scale/Main", main());
            put(out, "scale/Hello", hello());
            ScaleIndex index = new ScaleIndex();
            for (int c = 0; c * FIELDS_PER_CLASS < items; c++) {
                int fields = Math.min(FIELDS_PER_CLASS, items - c * FIELDS_PER_CLASS);
                put(out, "scale/items/Items" + c, ScaleClasses.items("scale/items/Items" + c, c * FIELDS_PER_CLASS,
                        fields));
                index.items(c, fields, FIELDS_PER_CLASS);
            }
            for (int c = 0; c * CTORS_PER_CLASS < ctors; c++) {
                int count = Math.min(CTORS_PER_CLASS, ctors - c * CTORS_PER_CLASS);
                put(out, "scale/ctors/Ctors" + c, ScaleClasses.ctors("scale/ctors/Ctors" + c, count));
                index.ctors(c, count);
            }
            out.putNextEntry(new JarEntry("META-INF/premain/index/scale.idx"));
            out.write(index.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** What {@code scale.Main} prints for this fixture. */
    static String expected(int items, int ctors) {
        return "items " + items + " ctors " + ctors;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name + ".class"));
        out.write(bytes);
        out.closeEntry();
    }

    private static ClassWriter publicFinalClass(String internalName) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, internalName, null, "java/lang/Object", null);
        return writer;
    }

    /** {@code public final class Big { @Section public static final SortedSection<Integer> ALL = SortedSection.of(Integer.class); }} */
    private static byte[] big() {
        ClassWriter writer = publicFinalClass("scale/Big");
        FieldVisitor field = writer.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "ALL", "Ldev/premain/SortedSection;",
                "Ldev/premain/SortedSection<Ljava/lang/Integer;>;", null);
        field.visitAnnotation("Ldev/premain/Section;", true).visitEnd();
        field.visitEnd();
        MethodVisitor init = writer.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        init.visitCode();
        init.visitLdcInsn(Type.getObjectType("java/lang/Integer"));
        init.visitMethodInsn(INVOKESTATIC, "dev/premain/SortedSection", "of",
                "(Ljava/lang/Class;)Ldev/premain/SortedSection;", false);
        init.visitFieldInsn(PUTSTATIC, "scale/Big", "ALL", "Ldev/premain/SortedSection;");
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** {@code main} prints the section's size and how many ctors ran; {@code ran()} counts. */
    private static byte[] main() {
        ClassWriter writer = publicFinalClass("scale/Main");
        writer.visitField(ACC_STATIC, "ran", "I", null, null).visitEnd();
        MethodVisitor ran = writer.visitMethod(ACC_PUBLIC | ACC_STATIC, "ran", "()V", null, null);
        ran.visitCode();
        ran.visitFieldInsn(GETSTATIC, "scale/Main", "ran", "I");
        ran.visitInsn(ICONST_1);
        ran.visitInsn(IADD);
        ran.visitFieldInsn(PUTSTATIC, "scale/Main", "ran", "I");
        ran.visitInsn(RETURN);
        ran.visitMaxs(0, 0);
        ran.visitEnd();
        MethodVisitor main = writer.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        main.visitCode();
        main.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
        main.visitTypeInsn(NEW, "java/lang/StringBuilder");
        main.visitInsn(DUP);
        main.visitLdcInsn("items ");
        main.visitMethodInsn(INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "(Ljava/lang/String;)V", false);
        main.visitFieldInsn(GETSTATIC, "scale/Big", "ALL", "Ldev/premain/SortedSection;");
        main.visitMethodInsn(INVOKEVIRTUAL, "dev/premain/SortedSection", "size", "()I", false);
        main.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append", "(I)Ljava/lang/StringBuilder;", false);
        main.visitLdcInsn(" ctors ");
        main.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
        main.visitFieldInsn(GETSTATIC, "scale/Main", "ran", "I");
        main.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append", "(I)Ljava/lang/StringBuilder;", false);
        main.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
        main.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(Ljava/lang/String;)V", false);
        main.visitInsn(RETURN);
        main.visitMaxs(0, 0);
        main.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** {@code scale.Hello} prints {@code hello}: the bare JVM's start on the same class path. */
    private static byte[] hello() {
        ClassWriter writer = publicFinalClass("scale/Hello");
        MethodVisitor main = writer.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        main.visitCode();
        main.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
        main.visitLdcInsn("hello");
        main.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(Ljava/lang/String;)V", false);
        main.visitInsn(RETURN);
        main.visitMaxs(0, 0);
        main.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }
}
