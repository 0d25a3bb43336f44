package dev.premain.agent.internal.discovery;

import dev.premain.agent.internal.model.MemberKind;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import io.github.classgraph.AnnotationClassRef;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationParameterValueList;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.TypeArgument;
import io.github.classgraph.TypeSignature;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses the pre-filtered candidate classes with ClassGraph, without loading a class. */
public final class ClasspathScanner {
    // Why names, not class literals: the audit runs from the agent jar alone, which does not carry the API.
    private static final String CTOR = "dev.premain.Ctor";
    private static final String DTOR = "dev.premain.Dtor";
    private static final String SECTION = "dev.premain.Section";
    private static final String CONTRIBUTE = "dev.premain.Contribute";

    private final List<Path> elements;
    private final Set<String> classes;

    /**
     * @param elements the jars and directories that hold the classes
     * @param classes the binary names of the classes to parse: the pre-filter's candidates
     */
    public ClasspathScanner(List<Path> elements, Set<String> classes) {
        this.elements = elements;
        this.classes = classes;
    }

    /**
     * What the parse found.
     *
     * @param declared the declarations
     * @param unreadable candidates ClassGraph could not parse (a corrupt or unsupported class file)
     */
    public record Parsed(Declarations declared, Set<String> unreadable) {
    }

    public Parsed scan() {
        ClassGraph graph = new ClassGraph()
                .overrideClasspath(elements)
                .acceptClasses(classes.toArray(String[]::new))
                .enableClassInfo().enableMethodInfo().enableFieldInfo().enableAnnotationInfo()
                .enableStaticFinalFieldConstantInitializerValues()
                .ignoreClassVisibility().ignoreMethodVisibility().ignoreFieldVisibility()
                .disableNestedJarScanning();
        try (io.github.classgraph.ScanResult found = graph.scan()) {
            Set<String> unreadable = new java.util.TreeSet<>();
            for (String name : classes) {
                if (found.getClassInfo(name) == null) {
                    unreadable.add(name);
                }
            }
            return new Parsed(collect(found), unreadable);
        }
    }

    private static Declarations collect(io.github.classgraph.ScanResult found) {
        List<DeclaredMethod> ctors = new ArrayList<>();
        List<DeclaredMethod> dtors = new ArrayList<>();
        List<DeclaredSection> sections = new ArrayList<>();
        List<DeclaredContribution> contributions = new ArrayList<>();
        for (ClassInfo type : found.getClassesWithMethodAnnotation(CTOR)) {
            methods(type, CTOR, ctors);
        }
        for (ClassInfo type : found.getClassesWithMethodAnnotation(DTOR)) {
            methods(type, DTOR, dtors);
        }
        for (ClassInfo type : found.getClassesWithFieldAnnotation(SECTION)) {
            sections(type, sections);
        }
        for (ClassInfo type : found.getClassesWithAnnotation(CONTRIBUTE)) {
            contributions.add(classContribution(type));
        }
        for (ClassInfo type : found.getClassesWithFieldAnnotation(CONTRIBUTE)) {
            fieldContributions(type, contributions);
        }
        for (ClassInfo type : found.getClassesWithMethodAnnotation(CONTRIBUTE)) {
            methodContributions(type, contributions);
        }
        return new Declarations(ctors, dtors, sections, contributions);
    }

    private static void methods(ClassInfo type, String annotation, List<DeclaredMethod> out) {
        for (MethodInfo method : type.getDeclaredMethodInfo()) {
            AnnotationInfo info = method.getAnnotationInfo(annotation);
            if (info != null) {
                AnnotationParameterValueList values = info.getParameterValues();
                Object priority = values.getValue("priority");
                out.add(new DeclaredMethod(type.getName(), method.getName(), method.getTypeDescriptorStr(),
                        method.getModifiers(), priority == null ? dev.premain.Ctor.DEFAULT_PRIORITY : (Integer) priority,
                        classNames(values.getValue("after")), location(type)));
            }
        }
    }

    private static void sections(ClassInfo type, List<DeclaredSection> out) {
        for (FieldInfo field : type.getDeclaredFieldInfo()) {
            if (field.hasAnnotation(SECTION)) {
                TypeSignature signature = field.getTypeSignatureOrTypeDescriptor();
                String sectionType = signature instanceof ClassRefTypeSignature ref ? ref.getFullyQualifiedClassName()
                        : signature.toString();
                out.add(new DeclaredSection(type.getName(), field.getName(), field.getModifiers(), sectionType,
                        elementType(signature), location(type)));
            }
        }
    }

    /** The last type argument: {@code T} of {@code ImmutableSection<T>}, {@code V} of {@code MapSection<K, V>}. */
    private static String elementType(TypeSignature signature) {
        if (!(signature instanceof ClassRefTypeSignature ref) || ref.getTypeArguments().isEmpty()) {
            return null;
        }
        List<TypeArgument> arguments = ref.getTypeArguments();
        TypeArgument last = arguments.get(arguments.size() - 1);
        return last.getWildcard() == TypeArgument.Wildcard.NONE
                && last.getTypeSignature() instanceof ClassRefTypeSignature element
                ? element.getFullyQualifiedClassName() : null;
    }

    private static DeclaredContribution classContribution(ClassInfo type) {
        boolean noArgConstructor = type.getDeclaredConstructorInfo().stream()
                .anyMatch(c -> c.getParameterInfo().length == 0);
        int modifiers = type.getModifiers() | (type.isAbstract() || type.isInterface() ? java.lang.reflect.Modifier.ABSTRACT : 0);
        return new DeclaredContribution(target(type.getAnnotationInfo(CONTRIBUTE)), type.getName(), null,
                MemberKind.CLASS, modifiers, type.getName(), !noArgConstructor, null, location(type));
    }

    private static void fieldContributions(ClassInfo type, List<DeclaredContribution> out) {
        for (FieldInfo field : type.getDeclaredFieldInfo()) {
            AnnotationInfo info = field.getAnnotationInfo(CONTRIBUTE);
            if (info != null) {
                out.add(new DeclaredContribution(target(info), type.getName(), field.getName(), MemberKind.FIELD,
                        field.getModifiers(), typeName(field.getTypeDescriptor()), false,
                        field.getConstantInitializerValue(), location(type)));
            }
        }
    }

    private static void methodContributions(ClassInfo type, List<DeclaredContribution> out) {
        for (MethodInfo method : type.getDeclaredMethodInfo()) {
            AnnotationInfo info = method.getAnnotationInfo(CONTRIBUTE);
            if (info != null) {
                out.add(new DeclaredContribution(target(info), type.getName(), method.getName(), MemberKind.METHOD,
                        method.getModifiers(), typeName(method.getTypeDescriptor().getResultType()),
                        method.getParameterInfo().length > 0, null, location(type)));
            }
        }
    }

    private static String typeName(TypeSignature signature) {
        return signature instanceof ClassRefTypeSignature ref ? ref.getFullyQualifiedClassName() : signature.toString();
    }

    private static String target(AnnotationInfo info) {
        Object value = info.getParameterValues().getValue("value");
        return value instanceof AnnotationClassRef ref ? ref.getName() : String.valueOf(value);
    }

    private static List<String> classNames(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof Object[] array) {
            for (Object element : array) {
                names.add(((AnnotationClassRef) element).getName());
            }
        }
        return names;
    }

    private static String location(ClassInfo type) {
        File element = type.getClasspathElementFile();
        return element == null ? String.valueOf(type.getClasspathElementURI()) : element.getPath();
    }
}
