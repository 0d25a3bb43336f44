package dev.premain.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.premain.agent.internal.analysis.Analysis;
import dev.premain.agent.internal.analysis.AnalysisSettings;
import dev.premain.agent.internal.analysis.LoadingTypeOracle;
import dev.premain.agent.internal.discovery.Discovery;
import dev.premain.agent.internal.discovery.cache.ScanCache;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.options.IndexMode;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.Problems;
import dev.premain.internal.rules.MessageTemplate;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rulebook: every shape rule, broken once, gives the processor's compile error and the agent's
 * launch error in the same words (the agent adds only "(in JAR)", since javac already names the
 * file). The agent side scans the same sources compiled without the processor.
 */
class RulebookParityTest {
    private static final String SECTIONS = "package rules; import dev.premain.*; public final class Names {"
            + " @Section static final ImmutableSection<String> ALL = ImmutableSection.of(String.class); }";

    @TempDir
    Path work;

    /** One broken member per case, in class {@code rules.Bad}, next to a valid section {@code rules.Names}. */
    static List<String> brokenMembers() {
        return List.of(
                "@Ctor void notStatic() {}",
                "@Ctor static void withParameter(int times) {}",
                "@Ctor static int notVoid() { return 1; }",
                "@Dtor void notStaticDtor() {}",
                "@Dtor static String everything(String in) { return in; }",
                "@Section static ImmutableSection<String> NOT_FINAL = ImmutableSection.of(String.class);",
                "@Section static final java.util.List<String> NOT_A_SECTION = null;",
                "@Section static final ImmutableSection<?> WILDCARD = null;",
                "@Section static final MapSection<String, ?> MAP_WILDCARD = null;",
                "@Contribute(Names.class) static String NOT_FINAL = \"x\";",
                "@Contribute(Names.class) String notStatic() { return \"x\"; }",
                "@Contribute(Names.class) static String withParameter(int n) { return \"x\"; }",
                "@Contribute(Names.class) static void returnsNothing() {}",
                "@Contribute(Names.class) static abstract class Shape {}",
                "@Contribute(Names.class) interface Contract {}",
                "@Contribute(Names.class) static final class NeedsArgs { NeedsArgs(int n) {} }",
                "@Contribute(Bad.class) static final String NO_SECTION = \"x\";",
                "@Contribute(Names.class) static final Integer WRONG_TYPE = 1;");
    }

    @ParameterizedTest
    @MethodSource("brokenMembers")
    void processorAndAgentSayTheSame(String member) throws IOException {
        Map<String, String> sources = Map.of("rules.Names", SECTIONS, "rules.Bad",
                "package rules; import dev.premain.*; public class Bad { " + member + " }");

        List<String> compileErrors = TestJavac.processorErrors(work.resolve("processed"), sources);
        List<String> launchErrors = agentErrors(TestJavac.plain(work.resolve("plain"), sources));

        assertFalse(compileErrors.isEmpty(), member);
        assertEquals(compileErrors, launchErrors, member);
    }

    @ParameterizedTest
    @MethodSource("sectionsDeclaredMoreThanOnce")
    void sectionDeclaredMoreThanOnce(String fields) throws IOException {
        Map<String, String> sources = Map.of("rules.Bad", "package rules; import dev.premain.*; public class Bad { "
                + fields + " }");

        List<String> compileErrors = TestJavac.processorErrors(work.resolve("processed"), sources);

        assertEquals(compileErrors, agentErrors(TestJavac.plain(work.resolve("plain"), sources)));
    }

    static List<String> sectionsDeclaredMoreThanOnce() {
        String field = "@Section static final SetSection<String> %s = SetSection.of(String.class);";
        return List.of(String.format(field, "B") + String.format(field, "A"),
                String.format(field, "B") + String.format(field, "A") + String.format(field, "C"));
    }

    /** The agent's errors for a directory of classes, as the processor would word them (no location). */
    private static List<String> agentErrors(Path classes) throws IOException {
        Problems problems = new Problems();
        Declarations declared = new Discovery(IndexMode.OFF, ScanCache.OFF, List.of(), problems)
                .discover(List.of(classes));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL(),
                TestJavac.API.toUri().toURL()}, null)) {
            LoadingTypeOracle oracle = new LoadingTypeOracle(loader);
            Analysis analysis = Analysis.of(declared, AnalysisSettings.DEFAULT, oracle, oracle);
            List<String> errors = new ArrayList<>();
            for (Problem problem : problems.all()) {
                errors.add(problem.text());
            }
            for (Problem problem : analysis.problems()) {
                assertEquals(classes.toString(), problem.location());
                errors.add(MessageTemplate.render(problem.subject(), problem.rule(), null, problem.cause(),
                        problem.consequence(), problem.fix()));
            }
            return errors;
        }
    }
}
