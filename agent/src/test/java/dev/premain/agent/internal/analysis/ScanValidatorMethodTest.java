package dev.premain.agent.internal.analysis;

import static dev.premain.agent.internal.Scans.STATIC;
import static dev.premain.agent.internal.Scans.shaped;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.agent.internal.Scans;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.problem.Problem;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shape rules for {@code @Ctor} and {@code @Dtor} methods: static, no parameters, void. */
public class ScanValidatorMethodTest {
    private static final String DB = "com.acme.Db";

    @ParameterizedTest(name = "[{index}] {3}")
    @CsvSource(delimiter = '|', textBlock = """
            8    | (Ljava/lang/String;)V | must not declare parameters
            8    | ()I                   | must return void
            1    | ()V                   | must be static
            1025 | ()V                   | must not be abstract
            9    | (I)Ljava/lang/String; | must not declare parameters and must return void
            1    | ()Ljava/lang/Object;  | must be static and must return void
            1    | (J)V                  | must be static and must not declare parameters
            0    | (I)I                  | must be static, must not declare parameters and must return void
            1024 | (I)I                  | must not be abstract, must not declare parameters and must return void
            """)
    public void badCtorShapeIsReportedWithEveryBrokenRuleAndTheFix(int modifiers, String descriptor, String rules) {
        Validation validation = validate(Scans.ctors(shaped(DB, "init", modifiers, descriptor)));

        assertEquals(List.of("@Ctor method 'com.acme.Db.init' " + rules + " (in lib/acme-1.0.jar). It will not run."
                + " Declare it as 'static void init()'."), messages(validation));
        assertEquals(List.of(), validation.usable().ctors());
    }

    @Test
    public void badDtorShapeNamesDtor() {
        Validation validation = validate(Scans.dtors(shaped(DB, "close", Modifier.PUBLIC, "(Z)V")));

        assertEquals(List.of("@Dtor method 'com.acme.Db.close' must be static and must not declare parameters"
                + " (in lib/acme-1.0.jar). It will not run. Declare it as 'static void close()'."),
                messages(validation));
        assertEquals(List.of(), validation.usable().dtors());
    }

    @Test
    public void everyProblemIsAnError() {
        Validation validation = validate(Scans.ctors(shaped(DB, "init", 0, "()V")));

        assertEquals(List.of(Problem.Severity.ERROR),
                validation.problems().stream().map(Problem::severity).toList());
    }

    @Test
    public void staticVoidNoArgMethodsOfAnyVisibilityAreUsable() {
        DeclaredMethod privateCtor = shaped(DB, "a", Modifier.PRIVATE | STATIC, "()V");
        DeclaredMethod publicCtor = shaped(DB, "b", Modifier.PUBLIC | STATIC, "()V");
        DeclaredMethod packageCtor = shaped(DB, "c", STATIC, "()V");

        Validation validation = validate(Scans.ctors(publicCtor, packageCtor, privateCtor));

        assertEquals(List.of(), validation.problems());
        assertEquals(List.of(privateCtor, publicCtor, packageCtor), validation.usable().ctors());
    }

    @Test
    public void onlyTheBrokenMethodIsDroppedFromUsable() {
        DeclaredMethod good = Scans.method(DB, "init");
        DeclaredMethod bad = shaped(DB, "reset", STATIC, "(I)V");

        Validation validation = validate(Scans.ctors(bad, good));

        assertEquals(List.of(good), validation.usable().ctors());
        assertEquals(1, validation.problems().size());
    }

    @Test
    public void ctorAndDtorProblemsComeOutCtorsFirstThenByClassMethodAndDescriptor() {
        Declarations scan = new Declarations(
                List.of(shaped("com.b.B", "init", 0, "()V"), shaped("com.a.A", "y", STATIC, "(J)V"),
                        shaped("com.a.A", "y", STATIC, "(I)V"), shaped("com.a.A", "x", STATIC, "()I")),
                List.of(shaped("com.a.A", "close", 0, "()V")), List.of(), List.of());

        assertEquals(List.of(
                "@Ctor method 'com.a.A.x' must return void (in lib/acme-1.0.jar). It will not run. Declare it as"
                        + " 'static void x()'.",
                "@Ctor method 'com.a.A.y' must not declare parameters (in lib/acme-1.0.jar). It will not run."
                        + " Declare it as 'static void y()'.",
                "@Ctor method 'com.a.A.y' must not declare parameters (in lib/acme-1.0.jar). It will not run."
                        + " Declare it as 'static void y()'.",
                "@Ctor method 'com.b.B.init' must be static (in lib/acme-1.0.jar). It will not run. Declare it as"
                        + " 'static void init()'.",
                "@Dtor method 'com.a.A.close' must be static (in lib/acme-1.0.jar). It will not run. Declare it as"
                        + " 'static void close()'."),
                messages(validate(scan)));
    }

    @Test
    public void locationIsTheMethodsOwn() {
        DeclaredMethod inDir = new DeclaredMethod(DB, "init", "()I", STATIC, 0, List.of(), "target/classes");

        assertEquals(List.of("@Ctor method 'com.acme.Db.init' must return void (in target/classes). It will not run."
                + " Declare it as 'static void init()'."), messages(validate(Scans.ctors(inDir))));
    }

    public static Validation validate(Declarations scan) {
        return Validation.of(new MapTypeOracle(Map.of()), scan);
    }

    public static List<String> messages(Validation validation) {
        return validation.problems().stream().map(Problem::text).toList();
    }
}
