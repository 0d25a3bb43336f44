package dev.premain.agent.internal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.acme.fixtures.ThrowSites;
import com.acme.fixtures.UserCode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** What a user's exception looks like in a report: unwrapped, with only the user's frames. */
public class FailureTest {
    private static final String NL = System.lineSeparator();

    @Test
    public void causeUnwrapsReflectionAndInitializerWrappers() {
        IllegalStateException user = new IllegalStateException("boom");

        assertSame(user, Failure.cause(user));
        assertSame(user, Failure.cause(new InvocationTargetException(user)));
        assertSame(user, Failure.cause(new ExceptionInInitializerError(user)));
        assertSame(user, Failure.cause(new InvocationTargetException(new ExceptionInInitializerError(user))));
    }

    @Test
    public void causeKeepsAWrapperWithoutACause() {
        InvocationTargetException empty = new InvocationTargetException(null);
        ExceptionInInitializerError bare = new ExceptionInInitializerError("no cause");

        assertSame(empty, Failure.cause(empty));
        assertSame(bare, Failure.cause(bare));
    }

    @Test
    public void causeDoesNotUnwrapOrdinaryCauses() {
        RuntimeException outer = new RuntimeException("outer", new IllegalStateException("inner"));

        assertSame(outer, Failure.cause(outer));
    }

    @Test
    public void describeKeepsUserFramesAndStopsAtTheFirstRuntimeFrame() {
        for (String runtime : new String[] {"jdk.internal.reflect.DirectMethodHandleAccessor",
                "java.lang.reflect.Method", "dev.premain.agent.internal.CtorRunner", "java.lang.invoke.MethodHandle"}) {
            IllegalStateException e = new IllegalStateException("boom");
            e.setStackTrace(new StackTraceElement[] {
                    frame("java.util.Objects", "requireNonNull", "Objects.java", 233),
                    frame("com.acme.Db", "connect", "Db.java", 42),
                    frame("com.acme.Db", "init", "Db.java", 17),
                    frame(runtime, "invoke", null, -1),
                    frame("com.acme.Main", "main", "Main.java", 3)});

            assertEquals("java.lang.IllegalStateException: boom" + NL
                    + "        at java.util.Objects.requireNonNull(Objects.java:233)" + NL
                    + "        at com.acme.Db.connect(Db.java:42)" + NL
                    + "        at com.acme.Db.init(Db.java:17)",
                    Failure.describe(new InvocationTargetException(e)), runtime);
        }
    }

    @Test
    public void describeShowsNoFramesWhenOnlyJdkFramesLedToTheRuntime() {
        NoSuchMethodException e = new NoSuchMethodException("com.acme.Db.init()");
        e.setStackTrace(new StackTraceElement[] {frame("java.lang.Class", "getDeclaredMethod", "Class.java", 2675),
                frame("dev.premain.agent.internal.CtorRunner", "runOne", "CtorRunner.java", 52),
                frame("com.acme.Db", "init", "Db.java", 17)});

        assertEquals("java.lang.NoSuchMethodException: com.acme.Db.init()", Failure.describe(e));
    }

    @Test
    public void describeKeepsAUserFrameThatCalledIntoTheJdk() {
        ClassNotFoundException e = new ClassNotFoundException("com.acme.NoSuchPlugin");
        e.setStackTrace(new StackTraceElement[] {
                frame("jdk.internal.loader.BuiltinClassLoader", "loadClass", "BuiltinClassLoader.java", 641),
                frame("java.lang.Class", "forName", "Class.java", 375),
                frame("com.acme.Plugins", "load", "Plugins.java", 9),
                frame("java.lang.Class", "forName0", null, -2),
                frame("dev.premain.agent.internal.CtorRunner", "runOne", "CtorRunner.java", 52)});

        assertEquals("java.lang.ClassNotFoundException: com.acme.NoSuchPlugin" + NL
                + "        at jdk.internal.loader.BuiltinClassLoader.loadClass(BuiltinClassLoader.java:641)" + NL
                + "        at java.lang.Class.forName(Class.java:375)" + NL
                + "        at com.acme.Plugins.load(Plugins.java:9)", Failure.describe(e));
    }

    @Test
    public void describeWithoutMessageOrFramesIsJustTheType() {
        IllegalStateException e = new IllegalStateException();
        e.setStackTrace(new StackTraceElement[0]);

        assertEquals("java.lang.IllegalStateException", Failure.describe(new ExceptionInInitializerError(e)));
    }

    @Test
    public void describeOfARealReflectiveCallKeepsTheUserFrames() throws ReflectiveOperationException {
        Method boom = UserCode.class.getDeclaredMethod("boom");
        boom.setAccessible(true);

        InvocationTargetException thrown = assertThrows(InvocationTargetException.class, () -> boom.invoke(null));

        assertEquals("java.lang.IllegalArgumentException: user code failed" + NL
                + userFrame("fail", ThrowSites.line("UserCode.fail")) + NL
                + userFrame("boom", ThrowSites.line("UserCode.fail", 1)),
                Failure.describe(thrown));
    }

    @Test
    public void describeTrimsFramesOfTheAgentsOwnPackage() throws ReflectiveOperationException {
        Method boom = FailureTest.class.getDeclaredMethod("boom");

        InvocationTargetException thrown = assertThrows(InvocationTargetException.class, () -> boom.invoke(null));

        assertEquals("java.lang.UnsupportedOperationException: agent-side", Failure.describe(thrown));
    }

    public static void boom() {
        throw new UnsupportedOperationException("agent-side");
    }

    private static StackTraceElement frame(String className, String method, String file, int line) {
        return new StackTraceElement(className, method, file, line);
    }

    /** A frame of the user-code fixture as a report prints it. */
    private static String userFrame(String method, int line) {
        return "        at com.acme.fixtures.UserCode." + method + "(UserCode.java:" + line + ")";
    }
}
