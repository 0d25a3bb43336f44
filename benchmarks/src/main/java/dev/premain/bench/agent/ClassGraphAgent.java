package dev.premain.bench.agent;

import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.ScanResult;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Raw ClassGraph in {@code premain}: scans with class, method, field and annotation info, finds the
 * {@code @Ctor} methods, orders them by priority then name, runs them. The argument {@code app}
 * restricts the scan to the package {@code app}; anything else scans the whole class path.
 */
public final class ClassGraphAgent {
    private static final String CTOR = "dev.premain.Ctor";

    private ClassGraphAgent() {
    }

    /**
     * Scans and runs the ctors found.
     *
     * @param args {@code app} to restrict the scan to the app's package, else unrestricted
     * @param instrumentation ignored
     */
    public static void premain(String args, Instrumentation instrumentation) {
        ClassGraph graph = new ClassGraph().enableClassInfo().enableMethodInfo().enableFieldInfo()
                .enableAnnotationInfo().ignoreClassVisibility().ignoreMethodVisibility().ignoreFieldVisibility();
        if ("app".equals(args)) {
            graph.acceptPackages("app");
        }
        List<Found> ctors = new ArrayList<>();
        try (ScanResult result = graph.scan()) {
            for (ClassInfo type : result.getClassesWithMethodAnnotation(CTOR)) {
                for (MethodInfo method : type.getDeclaredMethodInfo()) {
                    AnnotationInfo ctor = method.getAnnotationInfo(CTOR);
                    if (ctor != null) {
                        Object priority = ctor.getParameterValues(true).getValue("priority");
                        // Why the fallback: ClassGraph knows a default value only when the annotation's own
                        // class is inside the scan, which a package restriction leaves out.
                        int value = priority == null ? 0 : (Integer) priority;
                        ctors.add(new Found(type.getName(), method.getName(), value));
                    }
                }
            }
        }
        ctors.sort(Comparator.comparingInt(Found::priority).thenComparing(Found::className)
                .thenComparing(Found::method));
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        for (Found ctor : ctors) {
            ListedCtors.run(loader, ctor.className(), ctor.method());
        }
    }

    /** One {@code @Ctor} method found by the scan. */
    private record Found(String className, String method, int priority) {
    }
}
