package dev.premain.agent.internal;

import java.lang.reflect.InvocationTargetException;

/** Describes a throwable from user code: its type and message, and its user frames only. */
final class Failure {
    private Failure() {
    }

    /** Unwraps reflection and class-initialization wrappers to the user's own exception. */
    static Throwable cause(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof InvocationTargetException || cause instanceof ExceptionInInitializerError)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** {@code java.lang.IllegalStateException: boom}, followed by the frames above the reflective call. */
    static String describe(Throwable thrown) {
        Throwable cause = cause(thrown);
        StringBuilder text = new StringBuilder(String.valueOf(cause));
        for (StackTraceElement frame : cause.getStackTrace()) {
            if (isRuntimeFrame(frame)) {
                break; // Why: frames below the user's code are Premain's and the JDK's, noise to the reader.
            }
            text.append(System.lineSeparator()).append("        at ").append(frame);
        }
        return text.toString();
    }

    private static boolean isRuntimeFrame(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.startsWith("jdk.internal.reflect.") || name.startsWith("java.lang.reflect.")
                || name.startsWith("dev.premain.agent.") || name.startsWith("java.lang.Class");
    }
}
