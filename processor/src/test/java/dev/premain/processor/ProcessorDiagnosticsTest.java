package dev.premain.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every misuse the processor reports, with its full text: the agent's message for the same misuse,
 * without the {@code (in <jar or dir>)} part. A compilation with errors writes no index.
 */
class ProcessorDiagnosticsTest {
    private static final String HEADER = "package bad; import dev.premain.*; import java.util.*; ";

    @TempDir
    Path work;

    @Test
    void ctorMustBeStatic() throws IOException {
        Javac.Result result = compile("bad.Shapes", "class Shapes {\n  @Ctor void instance() {}\n}");

        assertOnly(result, "@Ctor method 'bad.Shapes.instance' must be static. It will not run. Declare it as"
                + " 'static void instance()'.");
        Diagnostic<?> error = result.diagnostics().get(0);
        assertEquals(Diagnostic.Kind.ERROR, error.getKind());
        assertEquals(2, error.getLineNumber());
    }

    @Test
    void ctorMustNotDeclareParameters() throws IOException {
        assertOnly(compile("bad.Shapes", "class Shapes { @Ctor static void init(String name) {} }"),
                "@Ctor method 'bad.Shapes.init' must not declare parameters. It will not run. Declare it as"
                        + " 'static void init()'.");
    }

    @Test
    void ctorMustReturnVoid() throws IOException {
        assertOnly(compile("bad.Shapes", "class Shapes { @Ctor static int init() { return 1; } }"),
                "@Ctor method 'bad.Shapes.init' must return void. It will not run. Declare it as"
                        + " 'static void init()'.");
    }

    @Test
    void ctorWithEveryShapeProblemNamesThemAll() throws IOException {
        assertOnly(compile("bad.Shapes", "class Shapes { @Ctor int init(List<String> names) { return 1; } }"),
                "@Ctor method 'bad.Shapes.init' must be static, must not declare parameters and must return void."
                        + " It will not run. Declare it as 'static void init()'.");
    }

    @Test
    void ctorMustNotBeAbstract() throws IOException {
        assertOnly(compile("bad.Shapes", "interface Shapes { @Ctor void init(); }"),
                "@Ctor method 'bad.Shapes.init' must not be abstract. It will not run. Declare it as"
                        + " 'static void init()'.");
    }

    @Test
    void dtorHasTheSameRulesInNestedClasses() throws IOException {
        assertOnly(compile("bad.Shapes", "class Shapes { static class Pool { @Dtor void close() {} } }"),
                "@Dtor method 'bad.Shapes$Pool.close' must be static. It will not run. Declare it as"
                        + " 'static void close()'.");
    }

    @Test
    void sectionMustBeStaticFinal() throws IOException {
        assertOnly(compile("bad.Names", "class Names {"
                + " @Section static ImmutableSection<String> ALL = ImmutableSection.of(String.class); }"),
                "@Section field 'bad.Names.ALL' must be static final. The section is not linked. Declare it as"
                        + " 'static final ImmutableSection<...> ALL'.");
    }

    @Test
    void sectionMustHaveASectionType() throws IOException {
        assertOnly(compile("bad.Names", "class Names { @Section static final List<String> ALL = List.of(); }"),
                "@Section field 'bad.Names.ALL' has type 'java.util.List', which is not a section type. The section"
                        + " is not linked. Use ImmutableSection, MutableSection, SortedSection, MapSection or"
                        + " SetSection.");
    }

    @Test
    void sectionMustNameAConcreteElementType() throws IOException {
        String fix = " The section is not linked. Replace the raw type, wildcard or type variable with a class.";
        assertOnly(compile("bad.Names", "class Names { @Section static final MapSection<String, ? extends"
                + " CharSequence> ALL = null; }"), "@Section field 'bad.Names.ALL' must name its element type as a"
                        + " class, as in 'MapSection<String, Command>'." + fix);
        assertOnly(compile("bad.Names", "class Names { @SuppressWarnings(\"rawtypes\") @Section static final"
                + " SetSection ALL = null; }"), "@Section field 'bad.Names.ALL' must name its element type as a"
                        + " class, as in 'SetSection<Command>'." + fix);
        assertOnly(compile("bad.Names", "class Names { @Section static final ImmutableSection<String[]> ALL ="
                + " null; }"), "@Section field 'bad.Names.ALL' must name its element type as a class, as in"
                        + " 'ImmutableSection<Command>'." + fix);
    }

    @Test
    void aClassDeclaresOneSection() throws IOException {
        assertOnly(compile("bad.Names", "class Names {"
                + " @Section static final SetSection<String> B = null;"
                + " @Section static final SetSection<String> A = null;"
                + " @Section static final SetSection<String> C = null; }"),
                "Section 'bad.Names' is declared 3 times, by fields 'A', 'B' and 'C'. Contributions name a section"
                        + " by its class, so they could not tell them apart; none is linked. Move all but one field"
                        + " into classes of their own.");
    }

    @Test
    void contributedFieldMustBeStaticFinal() throws IOException {
        assertOnly(compileContributor("@Contribute(Ints.class) static Integer PORT = 1;"),
                "@Contribute field 'bad.Items.PORT' must be static final. It is not added to section 'bad.Ints'."
                        + " Declare it as 'static final Integer PORT'.");
    }

    @Test
    void contributedMethodMustBeStaticWithoutParametersAndReturnTheItem() throws IOException {
        assertOnly(compileContributor("@Contribute(Ints.class) Integer port() { return 1; }"),
                "@Contribute method 'bad.Items.port' must be static. It is not added to section 'bad.Ints'."
                        + " Declare it as 'static Integer port()'.");
        assertOnly(compileContributor("@Contribute(Ints.class) static Integer port(int base) { return base; }"),
                "@Contribute method 'bad.Items.port' must not declare parameters. It is not added to section"
                        + " 'bad.Ints'. Declare it as 'static Integer port()'.");
        assertOnly(compileContributor("@Contribute(Ints.class) static void port() {}"),
                "@Contribute method 'bad.Items.port' must return the item, not void. It is not added to section"
                        + " 'bad.Ints'. Make it return the item it contributes.");
    }

    @Test
    void contributedClassMustBeConcreteWithANoArgConstructor() throws IOException {
        String fix = "Add a constructor without parameters, or contribute a static factory method instead.";
        String concrete = "Contribute a concrete class, or a static factory method.";
        assertOnly(compileContributor("@Contribute(Tasks.class) abstract static class Job implements Runnable {}"),
                "@Contribute class 'bad.Items$Job' must be a concrete class, not abstract or an interface. It is not"
                        + " added to section 'bad.Tasks'. " + concrete);
        assertOnly(compileContributor("@Contribute(Tasks.class) interface Job extends Runnable {}"),
                "@Contribute class 'bad.Items$Job' must be a concrete class, not abstract or an interface. It is not"
                        + " added to section 'bad.Tasks'. " + concrete);
        for (String job : List.of("static class Job implements Runnable { Job(int n) {} public void run() {} }",
                "class Job implements Runnable { public void run() {} }",
                "enum Job implements Runnable { ONE; public void run() {} }")) {
            assertOnly(compileContributor("@Contribute(Tasks.class) " + job),
                    "@Contribute class 'bad.Items$Job' must have a constructor without parameters. It is not"
                            + " added to section 'bad.Tasks'. " + fix);
        }
    }

    @Test
    void contributionMustHaveTheSectionsElementType() throws IOException {
        assertOnly(compileContributor("@Contribute(Ints.class) static final String PORT = \"80\";"),
                "@Contribute field 'bad.Items.PORT' is a 'java.lang.String', but section 'bad.Ints' holds"
                        + " 'java.lang.Integer'. It is not added to the section. Contribute a 'java.lang.Integer',"
                        + " or contribute to a section of 'java.lang.String'.");
        assertOnly(compileContributor("@Contribute(Ints.class) static final long PORT = 80;"),
                "@Contribute field 'bad.Items.PORT' is a 'long', but section 'bad.Ints' holds 'java.lang.Integer'."
                        + " It is not added to the section. Contribute a 'java.lang.Integer', or contribute to a"
                        + " section of 'long'.");
        assertOnly(compileContributor("@Contribute(Tasks.class) static class Job {}"),
                "@Contribute class 'bad.Items$Job' is a 'bad.Items$Job', but section 'bad.Tasks' holds"
                        + " 'java.lang.Runnable'. It is not added to the section. Contribute a 'java.lang.Runnable',"
                        + " or contribute to a section of 'bad.Items$Job'.");
    }

    @Test
    void primitivesAreBoxedBeforeTheTypeCheck() throws IOException {
        Javac.Result result = compileContributor("@Contribute(Ints.class) static final int PORT = 80;");

        assertEquals(List.of(), result.errors());
        assertEquals(1, result.indexFiles().size());
    }

    @Test
    void contributionMustNameAClassWithAValidSection() throws IOException {
        String rest = "', but that class declares no valid @Section field. The item is not registered anywhere."
                + " Declare '@Section static final ImmutableSection<...>' in '";
        assertOnly(compileContributor("@Contribute(Items.class) static final int PORT = 80;"),
                "@Contribute field 'bad.Items.PORT' names section 'bad.Items" + rest + "bad.Items', or name the"
                        + " right class in @Contribute.");
        assertOnly(compileContributor("@Contribute(java.util.List.class) static final int PORT = 80;"),
                "@Contribute field 'bad.Items.PORT' names section 'java.util.List" + rest + "java.util.List', or"
                        + " name the right class in @Contribute.");
    }

    @Test
    void aSectionOnTheClassPathIsCheckedToo() throws IOException {
        Javac.Result library = new Javac().source("lib.Tasks", "package lib; import dev.premain.*;"
                + " public final class Tasks { @Section public static final ImmutableSection<Runnable> ALL = null; }")
                .source("lib.Pair", "package lib; import dev.premain.*; public final class Pair {"
                + " @Section public static final SetSection<String> A = null;"
                + " @Section public static final SetSection<String> B = null; }").option("-proc:none").compile(work);
        assertEquals(List.of(), library.errors());

        Javac.Result result = new Javac().classPath(library.classes()).source("bad.Items", HEADER
                + "class Items { @Contribute(lib.Tasks.class) static final String NAME = \"x\";"
                + " @Contribute(lib.Pair.class) static final String PAIR = \"y\"; }").compile(work);

        assertEquals(List.of("@Contribute field 'bad.Items.NAME' is a 'java.lang.String', but section 'lib.Tasks'"
                + " holds 'java.lang.Runnable'. It is not added to the section. Contribute a 'java.lang.Runnable', or"
                + " contribute to a section of 'java.lang.String'.",
                "@Contribute field 'bad.Items.PAIR' names section 'lib.Pair', but that class declares no valid"
                + " @Section field. The item is not registered anywhere. Declare '@Section static final"
                + " ImmutableSection<...>' in 'lib.Pair', or name the right class in @Contribute."), result.errors());
        assertEquals(List.of(), result.indexFiles());
    }

    @Test
    void anInvalidIndexIdIsAnError() throws IOException {
        Javac.Result result = new Javac().source("ok.A", "package ok; class A {}")
                .option("-Apremain.index.id=acme/db").compile(work);

        assertOnly(result, "Processor option -Apremain.index.id='acme/db' is not a valid index ID. No index is"
                + " written. Use only letters, digits, '.', '-' and '_', as in -Apremain.index.id=acme-db.");
    }

    private Javac.Result compile(String className, String code) throws IOException {
        return new Javac().source(className, HEADER + code).compile(work);
    }

    /** Compiles {@code bad.Items} with {@code members}, next to the sections {@code bad.Ints} and {@code bad.Tasks}. */
    private Javac.Result compileContributor(String members) throws IOException {
        return new Javac()
                .source("bad.Ints", HEADER + "final class Ints { @Section static final SetSection<Integer> ALL ="
                        + " SetSection.of(Integer.class); }")
                .source("bad.Tasks", HEADER + "final class Tasks { @Section static final ImmutableSection<Runnable>"
                        + " ALL = ImmutableSection.of(Runnable.class); }")
                .source("bad.Items", HEADER + "class Items { " + members + " }")
                .compile(work);
    }

    private static void assertOnly(Javac.Result result, String message) {
        assertEquals(List.of(message), result.errors(), () -> "all diagnostics: " + result.diagnostics());
        assertFalse(result.success());
        assertEquals(List.of(), result.indexFiles(), "a failed compilation writes no index");
    }
}
