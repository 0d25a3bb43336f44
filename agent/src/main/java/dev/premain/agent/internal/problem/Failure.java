package dev.premain.agent.internal.problem;

import java.lang.reflect.InvocationTargetException;

/** Describes a throwable from user code: its type and message, and its user frames only. */
public final class Failure {
    private Failure() {
    }

    /** Unwraps reflection and class-initialization wrappers to the user's own exception. */
    public static Throwable cause(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof InvocationTargetException || cause instanceof ExceptionInInitializerError)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * {@code java.lang.IllegalStateException: boom}, then the frames of the user's code: everything
     * above the first reflection or Premain frame, without the JDK frames that merely led there.
     */
    public static String describe(Throwable thrown) {
        Throwable cause = cause(thrown);
        StackTraceElement[] frames = cause.getStackTrace();
        int end = 0;
        while (end < frames.length && !isRuntimeFrame(frames[end])) {
            end++;
        }
        while (end > 0 && isJdkFrame(frames[end - 1])) {
            end--; // Why: Class.forName and loader frames below the user's code are noise to the reader.
        }
        StringBuilder text = new StringBuilder(String.valueOf(cause));
        for (int i = 0; i < end; i++) {
            text.append(System.lineSeparator()).append("        at ").append(frames[i]);
        }
        return text.toString();
    }

    private static boolean isRuntimeFrame(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.startsWith("jdk.internal.reflect.") || name.startsWith("java.lang.reflect.")
                || name.startsWith("java.lang.invoke.") || name.startsWith("dev.premain.agent.");
    }

    private static boolean isJdkFrame(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }
}
