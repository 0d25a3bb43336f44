package dev.premain.agent.internal.discovery;

import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.model.MemberKind;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Parses one class file the pre-filter flagged into what it declares, with ASM's
 * {@code ClassReader}: annotations and their values, member descriptors and generic signatures,
 * {@code static final} constants, without loading the class. Why ASM and not ClassGraph here: the
 * classes are already in hand as bytes, and ASM reads one in microseconds after ~20 classes load,
 * where ClassGraph costs ~200 ms to load and start before it parses anything (BENCHMARKS.md).
 */
final class ClassFileParser extends ClassVisitor {
    private static final String CTOR = "Ldev/premain/Ctor;";
    private static final String DTOR = "Ldev/premain/Dtor;";
    private static final String SECTION = "Ldev/premain/Section;";
    private static final String CONTRIBUTE = "Ldev/premain/Contribute;";
    /** ASM's own flags (deprecated, record) sit above the class file's 16 bits; reflection never shows them. */
    private static final int CLASS_FILE_FLAGS = 0xFFFF;
    private static final int PARSE = ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES;

    private final String location;
    private final List<DeclaredMethod> ctors = new ArrayList<>();
    private final List<DeclaredMethod> dtors = new ArrayList<>();
    private final List<DeclaredSection> sections = new ArrayList<>();
    private final List<DeclaredContribution> contributions = new ArrayList<>();
    private String className;
    private int classAccess;
    private boolean noArgConstructor;
    private String classTarget;

    private ClassFileParser(String location) {
        super(Opcodes.ASM9);
        this.location = location;
    }

    /**
     * What one class file declares.
     *
     * @param bytes the class file
     * @param location what the records name as their location (the jar, directory or nested URL)
     * @return its declarations
     * @throws IllegalArgumentException or another runtime exception if the bytes are no class file
     *     ASM can read (corrupt, or from a newer Java)
     */
    static Declarations parse(byte[] bytes, String location) {
        ClassFileParser parser = new ClassFileParser(location);
        new ClassReader(bytes).accept(parser, PARSE);
        return parser.declarations();
    }

    private Declarations declarations() {
        if (classTarget != null) {
            int modifiers = classAccess & CLASS_FILE_FLAGS;
            if ((modifiers & Opcodes.ACC_INTERFACE) != 0) {
                modifiers |= Modifier.ABSTRACT;
            }
            contributions.add(0, new DeclaredContribution(classTarget, className, null, MemberKind.CLASS,
                    modifiers, className, !noArgConstructor, null, location));
        }
        return new Declarations(ctors, dtors, sections, contributions);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
            String[] interfaces) {
        className = Type.getObjectType(name).getClassName();
        classAccess = access & CLASS_FILE_FLAGS; // Why ACC_SUPER kept: the index records the class file's own flags.
    }

    @Override
    public void visitInnerClass(String name, String outerName, String innerName, int access) {
        if (Type.getObjectType(name).getClassName().equals(className)) {
            classAccess |= access; // Why: a nested class's true modifiers (static, private) are only recorded here.
        }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        return CONTRIBUTE.equals(descriptor) ? new Values(Values.CLASS, null, null, 0, null, null) : null;
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        // Why anonymous classes, not lambdas: this runs before main, where the first lambda costs milliseconds.
        return new FieldVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                String type = Type.getType(descriptor).getClassName();
                int modifiers = access & CLASS_FILE_FLAGS;
                if (SECTION.equals(annotation)) {
                    sections.add(new DeclaredSection(className, name, modifiers, type,
                            GenericSignatures.lastTypeArgument(signature), location));
                    return null;
                }
                boolean constantField = (access & Opcodes.ACC_STATIC) != 0 && (access & Opcodes.ACC_FINAL) != 0;
                return CONTRIBUTE.equals(annotation) ? new Values(Values.FIELD, name, type, modifiers, null,
                        constantField ? constant(value, descriptor) : null) : null;
            }
        };
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
            String[] exceptions) {
        if (name.equals("<init>") && descriptor.equals("()V")) {
            noArgConstructor = true;
        }
        return new MethodVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                int modifiers = access & CLASS_FILE_FLAGS;
                if (CTOR.equals(annotation)) {
                    return new Values(Values.CTOR, name, null, modifiers, descriptor, null);
                }
                if (DTOR.equals(annotation)) {
                    return new Values(Values.DTOR, name, null, modifiers, descriptor, null);
                }
                if (CONTRIBUTE.equals(annotation)) {
                    return new Values(Values.METHOD, name, Type.getReturnType(descriptor).getClassName(), modifiers,
                            descriptor, null);
                }
                return null;
            }
        };
    }

    /**
     * A field's constant as the index records it: the class file stores {@code boolean}, {@code char},
     * {@code byte} and {@code short} constants as {@code int}, so they are narrowed to the field's type.
     */
    private static Object constant(Object value, String descriptor) {
        if (!(value instanceof Integer number)) {
            return value;
        }
        switch (descriptor) {
            case "Z":
                return number != 0;
            case "C":
                return (char) number.intValue();
            case "B":
                return (byte) number.intValue();
            case "S":
                return (short) number.intValue();
            default:
                return value;
        }
    }

    /** Collects one Premain annotation's values, then records what it declares on its member. */
    private final class Values extends AnnotationVisitor {
        static final int CLASS = 0;
        static final int FIELD = 1;
        static final int METHOD = 2;
        static final int CTOR = 3;
        static final int DTOR = 4;

        private final int kind;
        private final String member;
        private final String type;
        private final int modifiers;
        private final String descriptor;
        private final Object constant;
        private final List<String> after = new ArrayList<>();
        private String target = "null";
        private int priority = dev.premain.Ctor.DEFAULT_PRIORITY;

        Values(int kind, String member, String type, int modifiers, String descriptor, Object constant) {
            super(Opcodes.ASM9);
            this.kind = kind;
            this.member = member;
            this.type = type;
            this.modifiers = modifiers;
            this.descriptor = descriptor;
            this.constant = constant;
        }

        @Override
        public void visit(String name, Object value) {
            if ("value".equals(name) && value instanceof Type named) {
                target = named.getClassName();
            } else if ("priority".equals(name) && value instanceof Integer number) {
                priority = number;
            }
        }

        @Override
        public AnnotationVisitor visitArray(String name) {
            return "after".equals(name) ? new ClassList(after) : null;
        }

        @Override
        public void visitEnd() {
            switch (kind) {
                case CLASS -> classTarget = target;
                case FIELD -> contributions.add(new DeclaredContribution(target, className, member, MemberKind.FIELD,
                        modifiers, type, false, constant, location));
                case METHOD -> contributions.add(new DeclaredContribution(target, className, member,
                        MemberKind.METHOD, modifiers, type, Type.getArgumentCount(descriptor) > 0, null, location));
                case CTOR -> ctors.add(new DeclaredMethod(className, member, descriptor, modifiers, priority,
                        List.copyOf(after), location));
                default -> dtors.add(new DeclaredMethod(className, member, descriptor, modifiers, priority,
                        List.copyOf(after), location));
            }
        }
    }

    /** The class names of an annotation's {@code Class[]} value. */
    private static final class ClassList extends AnnotationVisitor {
        private final List<String> names;

        ClassList(List<String> names) {
            super(Opcodes.ASM9);
            this.names = names;
        }

        @Override
        public void visit(String name, Object value) {
            if (value instanceof Type type) {
                names.add(type.getClassName());
            }
        }
    }
}
