package dev.premain.agent.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The package rules that each {@code package-info.java} states, checked on the compiled classes.
 * Packages and classes are named as strings, so a rename elsewhere fails a rule, not this file's
 * compilation.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.premain.agent");

    private static final String ENTRY = "dev.premain.agent";
    private static final String DOORS = "dev.premain.agent.internal";
    private static final String OPTIONS = "..internal.options..";
    private static final String MODEL = "..internal.model..";
    private static final String PROBLEM = "..internal.problem..";
    private static final String LOG = "..internal.log..";
    private static final String DISCOVERY = "..internal.discovery..";
    private static final String ANALYSIS = "..internal.analysis..";
    private static final String RUNTIME = "..internal.runtime..";
    private static final String AUDIT = "..internal.audit..";
    private static final String LAUNCHER = "..internal.launcher..";
    /** Opens the door of the agent's copy under a launcher's class loader: one forName, one invoke, no user code. */
    private static final String LAUNCHER_HAND_OVER = "dev.premain.agent.internal.launcher.HandOver";

    @Test
    void auditAndAnalysisNeverReachTheRuntime() {
        noClasses().that().resideInAnyPackage(AUDIT, ANALYSIS)
                .should().dependOnClassesThat().resideInAPackage(RUNTIME)
                .because("the audit prints what would run \"without running or initializing any class\","
                        + " and analysis is the pure stage it relies on for that")
                .check(CLASSES);
    }

    @Test
    void discoveryDependsOnNoLaterStage() {
        noClasses().that().resideInAPackage(DISCOVERY)
                .should().dependOnClassesThat().resideInAnyPackage(ANALYSIS, RUNTIME, AUDIT)
                .because("discovery only reads indexes, caches and class-file bytes: it runs no user code and"
                        + " loads no user class, so the audit and a launch can share it")
                .check(CLASSES);
    }

    @Test
    void onlyTheDoorsAndTheRuntimeUseTheApi() {
        noClasses().that().resideInAnyPackage(OPTIONS, MODEL, PROBLEM, LOG, DISCOVERY, ANALYSIS, AUDIT)
                .should().dependOnClassesThat().resideInAnyPackage("dev.premain", "dev.premain.internal")
                .because("the agent jar does not carry premain-api (its package would split on the module path),"
                        + " and the audit runs from the agent jar alone: only what runs in the application's JVM"
                        + " may link against the API")
                .check(CLASSES);
    }

    @Test
    void onlyLoaderClassPathUsesClassGraph() {
        noClasses().that(notNamed("LoaderClassPath"))
                .should().dependOnClassesThat().resideInAnyPackage("io.github.classgraph..",
                        "nonapi.io.github.classgraph..")
                .because("ClassGraph's one job is finding the class path of a class loader that is no"
                        + " URLClassLoader, for register(loader) after main; any other user would load it before main")
                .check(CLASSES);
    }

    @Test
    void onlyTheLauncherHookAndTheClassFileParserUseAsm() {
        noClasses().that(notNamed("ClassFileParser")).and().resideOutsideOfPackage(LAUNCHER)
                .should().dependOnClassesThat().resideInAnyPackage("org.objectweb.asm..")
                .because("ASM parses only the classes the byte pre-filter flags, and hooks a launcher's hand-over;"
                        + " nothing else may load it before main")
                .check(CLASSES);
    }

    @Test
    void onlyTheLogUsesSlf4j() {
        noClasses().that().resideOutsideOfPackage(LOG)
                .should().dependOnClassesThat().resideInAPackage("org.slf4j..")
                .because("the agent \"loads no logging class at all unless it has something to say\", and only"
                        + " the log's holder class defers SLF4J until then")
                .check(CLASSES);
    }

    @Test
    void onlyTheRuntimeCallsReflectively() {
        noClasses().that().resideOutsideOfPackage(RUNTIME).and().doNotHaveFullyQualifiedName(LAUNCHER_HAND_OVER)
                .should().callMethodWhere(call(Set.of("java.lang.reflect.AccessibleObject",
                        "java.lang.reflect.Field", "java.lang.reflect.Method", "java.lang.reflect.Constructor",
                        "java.lang.reflect.Executable"), Set.of("setAccessible", "trySetAccessible")))
                .orShould().callMethodWhere(call(Set.of("java.lang.reflect.Method"), Set.of("invoke")))
                .orShould().callMethodWhere(call(Set.of("java.lang.reflect.Constructor", "java.lang.Class"),
                        Set.of("newInstance")))
                .orShould().callMethodWhere(call(Set.of("java.lang.reflect.Field"), Set.of("get", "getBoolean",
                        "getByte", "getChar", "getShort", "getInt", "getLong", "getFloat", "getDouble")))
                .because("user code runs only where the plan says, in the runtime: the audit runs \"without"
                        + " running or initializing any class\" and untrusted contributors are refused"
                        + " \"before any of its code runs\"")
                .check(CLASSES);
    }

    @Test
    void onlyTheRuntimeAnalysisAndAuditLoadClassesByName() {
        // ArchUnit sees calls, not argument values, so "initialize=true only in the runtime" cannot be
        // checked here. This rule pins who calls Class.forName at all: the runtime (ClassAccess, which
        // initializes), analysis (LoadingTypeOracle, which passes false) and the audit; whether those
        // pass false is for their own tests and for review. PremainAgent asks, without initializing, whether
        // premain-api is there at all (the agent jar does not carry it).
        noClasses().that().resideOutsideOfPackages(RUNTIME, ANALYSIS, AUDIT)
                .and().doNotHaveFullyQualifiedName(ENTRY + ".PremainAgent")
                .and().doNotHaveFullyQualifiedName(LAUNCHER_HAND_OVER)
                .should().callMethodWhere(call(Set.of("java.lang.Class"), Set.of("forName")))
                .because("a static initializer is user code: only the runtime may initialize a class, and"
                        + " discovery reads class files \"without loading a class\"")
                .check(CLASSES);
    }

    @Test
    void onlyTheLogAndAuditCliTouchStandardStreams() {
        noClasses().that().resideOutsideOfPackage(LOG).and().doNotHaveFullyQualifiedName(ENTRY + ".AuditCli")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("\"Nothing goes to stdout; a successful start prints nothing at all\": every line goes"
                        + " through the log's one stderr channel, and only the audit CLI prints a plan")
                .check(CLASSES);
    }

    @Test
    void modelDependsOnNothingElseInTheAgent() {
        noClasses().that().resideInAPackage(MODEL)
                .should().dependOnClassesThat(inAgentOutside(MODEL))
                .because("the model is what was declared, as plain data that every stage reads; a dependency"
                        + " from it would tie every stage to that package")
                .check(CLASSES);
    }

    @Test
    void optionsDependOnNothingElseInTheAgent() {
        noClasses().that().resideInAPackage(OPTIONS)
                .should().dependOnClassesThat(inAgentOutside(OPTIONS))
                .because("options are parsing only (\"an unknown or malformed option stops the launch with"
                        + " status 64\" before anything else runs), and the log reads them, so any"
                        + " dependency from options risks a cycle")
                .check(CLASSES);
    }

    @Test
    void problemsDependOnNothingElseInTheAgent() {
        noClasses().that().resideInAPackage(PROBLEM)
                .should().dependOnClassesThat(inAgentOutside(PROBLEM))
                .because("problems are values that every stage reports and that the log and the audit render"
                        + " the same way (\"every problem the agent would report\")")
                .check(CLASSES);
    }

    @Test
    void stagePackagesAreFreeOfCycles() {
        slices().matching("dev.premain.agent.internal.(*)..")
                .should().beFreeOfCycles()
                .because("the stages run in one direction, options and discovery then analysis then runtime,"
                        + " and the audit reuses the early ones without the runtime")
                .check(CLASSES);
    }

    @Test
    void stagePackagesDoNotReachTheDoors() {
        noClasses().that().resideInAPackage(DOORS + "..").and().resideOutsideOfPackage(DOORS)
                .should().dependOnClassesThat().resideInAnyPackage(DOORS, ENTRY)
                .because("the doors wire the stages together; a stage that reached back could not run in the"
                        + " audit, which goes through no door")
                .check(CLASSES);
    }

    @Test
    void onlyTheEntryClassesDoorsAndRuntimeUseInstrumentation() {
        noClasses().that().resideOutsideOfPackages(ENTRY, DOORS, RUNTIME, LAUNCHER)
                .should().dependOnClassesThat().resideInAPackage("java.lang.instrument..")
                .because("Instrumentation is used only \"to open packages of named modules to the agent\","
                        + " for late-loaders=report and for the hook on a launcher's hand-over to main; the audit"
                        + " and the in-process bootstrap have none")
                .check(CLASSES);
    }

    @Test
    void onlyAnalysisMakesPlans() {
        noClasses().that().resideOutsideOfPackage(ANALYSIS)
                .should().callConstructorWhere(DescribedPredicate.describe(
                        "target is a constructor of dev.premain.agent.internal.analysis.Plan",
                        constructor -> constructor.getTargetOwner().getName()
                                .equals("dev.premain.agent.internal.analysis.Plan")))
                .because("the order is total and deterministic (\"never depends on the class path or jar"
                        + " order\") only if the runtime executes the plan analysis made, never one of its own")
                .check(CLASSES);
    }

    /** A call to one of {@code names} declared on one of {@code owners}, by the owner the call names. */
    private static DescribedPredicate<JavaAccess<?>> call(Set<String> owners, Set<String> names) {
        return DescribedPredicate.describe("target is " + names + " of " + owners,
                access -> owners.contains(access.getTargetOwner().getName()) && names.contains(access.getName()));
    }

    /** Classes of the agent outside {@code own}. */
    private static DescribedPredicate<JavaClass> inAgentOutside(String own) {
        return JavaClass.Predicates.resideInAPackage("dev.premain.agent..")
                .and(JavaClass.Predicates.resideOutsideOfPackage(own));
    }

    /** Every class but the discovery class of that simple name, or a class nested in it. */
    private static DescribedPredicate<JavaClass> notNamed(String simpleName) {
        return DescribedPredicate.describe("are not " + simpleName + " in " + DISCOVERY, type -> !type.getName()
                .matches("dev\\.premain\\.agent\\.internal\\.discovery\\." + simpleName + "(\\$.*)?"));
    }
}
