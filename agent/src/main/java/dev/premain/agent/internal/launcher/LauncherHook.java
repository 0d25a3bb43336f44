package dev.premain.agent.internal.launcher;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Adds one call at the start of the launcher's hand-over method:
 * {@code HandOver.beforeMain(classLoader)}, where {@code classLoader} is the loader the launcher
 * built and is about to load {@code main}'s class from. Spring Boot 3.2+:
 * {@code Launcher.launch(ClassLoader, String, String[])}; older Boot:
 * {@code Launcher.launch(String[], String, ClassLoader)}. The class is changed in memory only, and
 * the hook removes itself after the first change.
 */
public final class LauncherHook implements ClassFileTransformer {
    static final String LAUNCHER = "org/springframework/boot/loader/launch/Launcher";
    static final String LAUNCHER_DESCRIPTOR = "(Ljava/lang/ClassLoader;Ljava/lang/String;[Ljava/lang/String;)V";
    static final String OLD_LAUNCHER = "org/springframework/boot/loader/Launcher";
    static final String OLD_LAUNCHER_DESCRIPTOR = "([Ljava/lang/String;Ljava/lang/String;Ljava/lang/ClassLoader;)V";
    private static final String HAND_OVER = HandOver.class.getName().replace('.', '/');

    private final Instrumentation instrumentation;

    private LauncherHook(Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
    }

    /**
     * Installs the hook and remembers what the bootstrap at the hand-over needs.
     *
     * @param agentArgs the agent's options
     * @param instrumentation the agent's instrumentation
     * @param launcher the launcher class the manifest names, for messages
     */
    public static void install(String agentArgs, Instrumentation instrumentation, String launcher) {
        HandOver.prepare(agentArgs, instrumentation, launcher);
        instrumentation.addTransformer(new LauncherHook(instrumentation));
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain domain,
            byte[] classFile) {
        boolean current = LAUNCHER.equals(className);
        if (!current && !OLD_LAUNCHER.equals(className)) {
            return null;
        }
        try {
            byte[] hooked = hook(classFile, current ? LAUNCHER_DESCRIPTOR : OLD_LAUNCHER_DESCRIPTOR, current ? 1 : 3);
            instrumentation.removeTransformer(this); // Why: it fired; nothing else is ever looked at.
            return hooked;
        } catch (RuntimeException | LinkageError e) {
            HandOver.hookFailed(className, e); // Why never thrown: the JVM would drop it and main would run bare.
            return null;
        }
    }

    /** The class with the call added, or the same bytes if the method is not there. */
    static byte[] hook(byte[] classFile, String descriptor, int loaderSlot) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        boolean[] found = new boolean[1];
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String signature,
                    String[] exceptions) {
                MethodVisitor method = super.visitMethod(access, name, desc, signature, exceptions);
                if (!name.equals("launch") || !desc.equals(descriptor) || (access & Opcodes.ACC_STATIC) != 0) {
                    return method;
                }
                found[0] = true;
                return new MethodVisitor(Opcodes.ASM9, method) {
                    @Override
                    public void visitCode() {
                        super.visitCode();
                        super.visitVarInsn(Opcodes.ALOAD, loaderSlot);
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, HAND_OVER, "beforeMain",
                                "(Ljava/lang/ClassLoader;)V", false);
                    }
                };
            }
        }, 0);
        if (!found[0]) {
            throw new IllegalStateException("no method launch" + descriptor);
        }
        return writer.toByteArray();
    }
}
