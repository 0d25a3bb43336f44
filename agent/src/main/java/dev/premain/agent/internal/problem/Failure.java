package dev.premain.agent.internal.problem;

import java.lang.reflect.InvocationTargetException;

/** Describes a throwable from user code: its type and message, and its user frames only. */
public final class Failure {
    private Failure() {
    }

    /** At most this many characters of a message; the rest is counted, not printed. */
    static final int MESSAGE_LIMIT = 1000;
    /** At most this many user frames; the rest is counted, not printed. */
    static final int FRAME_LIMIT = 30;

    /** Unwraps reflection and class-initialization wrappers to the user's own exception. */
    public static Throwable cause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause instanceof InvocationTargetException || cause instanceof ExceptionInInitializerError) {
            Throwable inner = innerOf(cause);
            if (inner == null) {
                break;
            }
            cause = inner;
        }
        return cause;
    }

    private static Throwable innerOf(Throwable wrapper) {
        try {
            return wrapper.getCause();
        } catch (RuntimeException | LinkageError e) {
            return null; // Why: user code may override getCause(); a wrapper that cannot say is described as is.
        }
    }

    /**
     * {@code java.lang.IllegalStateException: boom}, then the frames of the user's code: everything
     * above the first reflection or Premain frame, without the JDK frames that merely led there.
     * Bounded, and never trusting the throwable: its {@code toString} is not called, a message that
     * throws or is huge is described instead of printed whole, repeated frames are folded and at most
     * {@value #FRAME_LIMIT} frames are printed.
     */
    public static String describe(Throwable thrown) {
        Throwable cause = cause(thrown);
        StringBuilder text = new StringBuilder(cause.getClass().getName());
        String message = message(cause);
        if (message != null) {
            text.append(": ").append(message);
        }
        StackTraceElement[] frames = frames(cause);
        int end = 0;
        while (end < frames.length && !isRuntimeFrame(frames[end])) {
            end++;
        }
        while (end > 0 && isJdkFrame(frames[end - 1])) {
            end--; // Why: Class.forName and loader frames below the user's code are noise to the reader.
        }
        appendFrames(text, frames, end);
        return text.toString();
    }

    /**
     * Where a thread is now: its frames above the first reflection or Premain frame, one per line,
     * folded and bounded like a failure's.
     */
    public static String where(StackTraceElement[] frames) {
        int end = 0;
        while (end < frames.length && !isRuntimeFrame(frames[end])) {
            end++;
        }
        StackTraceElement[] plain = new StackTraceElement[end];
        for (int i = 0; i < end; i++) {
            // Why rebuilt: a live thread's frames print their module and loader ("app//"), an exception's do not.
            StackTraceElement f = frames[i];
            plain[i] = new StackTraceElement(f.getClassName(), f.getMethodName(), f.getFileName(), f.getLineNumber());
        }
        StringBuilder text = new StringBuilder("it is at");
        appendFrames(text, plain, end);
        return text.toString();
    }

    /** Whether a thread with these frames is inside {@code System.exit} (or {@code Runtime.exit}). */
    public static boolean isExiting(StackTraceElement[] frames) {
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().equals("java.lang.Shutdown") || (frame.getClassName().equals("java.lang.Runtime")
                    && frame.getMethodName().equals("exit"))) {
                return true;
            }
        }
        return false;
    }

    private static String message(Throwable cause) {
        String message;
        try {
            message = cause.getMessage();
        } catch (RuntimeException | LinkageError e) {
            return "(its message could not be read: getMessage() threw " + e.getClass().getName() + ")";
        }
        if (message != null && message.length() > MESSAGE_LIMIT) {
            return message.substring(0, MESSAGE_LIMIT) + "... (" + (message.length() - MESSAGE_LIMIT)
                    + " more characters)";
        }
        return message;
    }

    private static StackTraceElement[] frames(Throwable cause) {
        try {
            StackTraceElement[] frames = cause.getStackTrace();
            return frames == null ? new StackTraceElement[0] : frames;
        } catch (RuntimeException | LinkageError e) {
            return new StackTraceElement[0];
        }
    }

    /** Folds a frame repeated in a row (a recursion) into one line, and stops after the limit. */
    private static void appendFrames(StringBuilder text, StackTraceElement[] frames, int end) {
        int printed = 0;
        int i = 0;
        while (i < end && printed < FRAME_LIMIT) {
            int same = 1;
            while (i + same < end && frames[i + same].equals(frames[i])) {
                same++;
            }
            text.append(System.lineSeparator()).append("        at ").append(frames[i]);
            if (same > 1) {
                text.append(" (").append(same).append(" times in a row)");
            }
            printed++;
            i += same;
        }
        if (i < end) {
            text.append(System.lineSeparator()).append("        ... ").append(end - i).append(" more frames");
        }
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
