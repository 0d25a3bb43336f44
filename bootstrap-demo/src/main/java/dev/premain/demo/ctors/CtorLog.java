package dev.premain.demo.ctors;

import dev.premain.Ctor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The order in which the demo's {@code @Ctor} methods ran, as each one reports itself.
 *
 * @since 0.1
 */
public final class CtorLog {
    private static final StackWalker WALKER =
            StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    // No lock: ctors run one at a time on the thread that then runs main, and nothing writes later.
    private static final List<String> RAN = new ArrayList<>();

    private CtorLog() {
    }

    /**
     * Records that the calling {@code @Ctor} method ran, with the priority its annotation declares
     * (read back from the annotation, so the log cannot drift from the code).
     *
     * @throws IllegalStateException if the caller is not a {@code @Ctor} method
     */
    public static void ran() {
        StackWalker.StackFrame caller = WALKER.walk(frames -> frames.skip(1).findFirst()).orElseThrow();
        Ctor ctor = ctorOf(caller.getDeclaringClass(), caller.getMethodName());
        String after = Arrays.stream(ctor.after()).map(Class::getSimpleName).collect(Collectors.joining(", "));
        RAN.add(caller.getClassName() + "." + caller.getMethodName() + " (priority " + ctor.priority()
                + (after.isEmpty() ? "" : ", after " + after) + ")");
    }

    /**
     * The ctors that ran, in order, e.g. {@code dev.premain.demo.ctors.Early.init (priority -100)}.
     *
     * @return an unmodifiable copy of the log
     */
    public static List<String> entries() {
        return List.copyOf(RAN);
    }

    private static Ctor ctorOf(Class<?> owner, String methodName) {
        try {
            Method method = owner.getDeclaredMethod(methodName);
            Ctor ctor = method.getAnnotation(Ctor.class);
            if (ctor != null) {
                return ctor;
            }
        } catch (NoSuchMethodException e) {
            // Falls through: a method with parameters cannot be a ctor.
        }
        throw new IllegalStateException("CtorLog.ran() must be called from a @Ctor method, not from '"
                + owner.getName() + "." + methodName + "'.");
    }
}
