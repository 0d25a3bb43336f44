package dev.premain.agent.internal;

import dev.premain.SectionBinder;
import dev.premain.TypedSection;
import dev.premain.agent.internal.analysis.Analysis;
import dev.premain.agent.internal.analysis.AnalysisSettings;
import dev.premain.agent.internal.analysis.LoadingTypeOracle;
import dev.premain.agent.internal.analysis.Plan;
import dev.premain.agent.internal.analysis.SectionPlan;
import dev.premain.agent.internal.discovery.ClassPathElements;
import dev.premain.agent.internal.discovery.Discovery;
import dev.premain.agent.internal.discovery.cache.ClassPathIndex;
import dev.premain.agent.internal.discovery.cache.ScanCache;
import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.options.AgentOptions;
import dev.premain.agent.internal.options.ClassPathIndexOption;
import dev.premain.agent.internal.options.OnError;
import dev.premain.agent.internal.problem.ExitStatus;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import dev.premain.agent.internal.runtime.ClassAccess;
import dev.premain.agent.internal.runtime.CtorRunner;
import dev.premain.agent.internal.runtime.DtorRunner;
import dev.premain.agent.internal.runtime.LateLoaderWatch;
import dev.premain.agent.internal.runtime.ModuleOpener;
import dev.premain.agent.internal.runtime.RuntimeState;
import dev.premain.agent.internal.runtime.SectionLinker;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the whole pipeline once: discover, analyze, link, construct, seal, register dtors. */
final class Bootstrap {
    private final ClassLoader loader;
    private final ClassAccess access;
    private final Instrumentation instrumentation;
    private final java.net.URL[] launchedClassPath;
    private final Route route;
    private final Problems problems = new Problems();
    private final PhaseTimer timer = new PhaseTimer();
    private final ModuleOpener opener;

    /**
     * @param loader the application's class loader
     * @param opener opens named modules' packages to the agent
     * @param instrumentation the agent's instrumentation, or {@code null} in process
     * @param route how this JVM is being bootstrapped
     */
    Bootstrap(ClassLoader loader, ModuleOpener opener, Instrumentation instrumentation, Route route) {
        this(loader, opener, instrumentation, route, null);
    }

    /**
     * @param launchedClassPath the class path of a launcher's class loader, or {@code null} for the
     *     JVM's own ({@code java.class.path})
     */
    Bootstrap(ClassLoader loader, ModuleOpener opener, Instrumentation instrumentation, Route route,
            java.net.URL[] launchedClassPath) {
        this.launchedClassPath = launchedClassPath;
        this.instrumentation = instrumentation;
        this.loader = loader;
        this.access = new ClassAccess(loader, opener);
        this.opener = opener;
        this.route = route;
    }

    /** Bootstraps with the given options. */
    Outcome run(AgentOptions options, SectionBinder binder) {
        Diagnostics.setVerbosity(options.verbosity());
        ScanCache cache = options.cache() == null ? ScanCache.OFF : new ScanCache(options.cache(), problems);
        List<java.nio.file.Path> classPath = launchedClassPath == null ? ClassPathElements.declared() : List.of();
        Discovery discovery = new Discovery(options.index(), cache, classPathIndex(options, classPath),
                options.packages(), problems);
        Declarations declared = launchedClassPath == null ? discovery.discover(classPath)
                : discovery.discover(launchedClassPath);
        timer.lap("scan");
        LoadingTypeOracle classes = new LoadingTypeOracle(loader);
        Analysis analysis = Analysis.of(declared, new AnalysisSettings(options.trust(), options.shuffleSeed(),
                discovery.cachedLocations()), classes, classes);
        for (Problem problem : analysis.problems()) {
            problems.add(problem);
        }
        timer.lap("analyze");
        if (mustStop(options)) {
            return finish(ExitStatus.INVALID);
        }
        Plan plan = analysis.plan();
        SectionLinker linker = new SectionLinker(access, binder, problems);
        linker.link(plan.sections());
        timer.lap("link");
        if (mustStop(options)) {
            return finish(ExitStatus.INVALID);
        }
        return construct(options, binder, plan, linker.linked());
    }

    /**
     * The build-time class-path index: the file the option names, else the one inside the
     * application's own first class-path entry. Why only there: an index can leave contributions
     * out, so only the application decides which one is read, never any jar on its class path.
     */
    private ClassPathIndex classPathIndex(AgentOptions options, List<java.nio.file.Path> classPath) {
        ClassPathIndexOption option = options.classPathIndex();
        if (!option.enabled()) {
            return ClassPathIndex.NONE;
        }
        return option.file() != null ? ClassPathIndex.file(option.file(), problems)
                : ClassPathIndex.inApplication(classPath, problems);
    }

    private Outcome construct(AgentOptions options, SectionBinder binder, Plan plan, List<TypedSection<?>> sections) {
        CtorRunner runner = new CtorRunner(access, options.onError() == OnError.WARN, problems, route.whatStops(),
                options.timeouts().ctorMillis());
        runner.run(plan.ctors());
        timer.lap("ctors");
        if (mustStop(options)) {
            return finish(ExitStatus.CTOR_FAILED);
        }
        for (TypedSection<?> section : sections) {
            binder.seal(section);
        }
        publish(options, binder, plan, sections);
        watchLateLoaders(options);
        new DtorRunner(access, plan.dtors(), options.timeouts().dtorMillis()).register();
        timer.lap("seal");
        if (options.report()) {
            report(options, plan, runner.timings());
        }
        if (options.reportFile() != null) {
            picture(options.reportFile(), runner.timeline());
        }
        if (dev.premain.agent.internal.report.FlightRecording.requested(opener)) {
            // Why the lists only here: without a recording, a start builds no timeline it would not use.
            dev.premain.agent.internal.report.StartupEvents.publish(timer.start(), timer.phases(), timer.durations(),
                    runner.timeline());
        }
        return finish(ExitStatus.OK);
    }

    /** Writes {@code report=FILE.html}; a file that cannot be written is a warning, never a failed launch. */
    private void picture(java.nio.file.Path file, List<dev.premain.agent.internal.runtime.CtorTiming> ctors) {
        try {
            new dev.premain.agent.internal.report.StartupPicture(timer.start(), timer.phases(), timer.durations(),
                    ctors).writeTo(file);
        } catch (java.io.IOException | RuntimeException e) {
            problems.add(Problem.warning(ProblemCode.REPORT_UNWRITABLE, "The startup picture '" + file + "'",
                    "cannot be written (" + e + ")", null, "The launch goes on without it.", "Name a file in a"
                    + " writable directory."));
        }
    }

    private static void publish(AgentOptions options, SectionBinder binder, Plan plan, List<TypedSection<?>> sections) {
        Map<String, TypedSection<?>> byName = new HashMap<>();
        for (TypedSection<?> section : sections) {
            byName.put(section.name(), section);
        }
        List<DeclaredSection> declarations = new ArrayList<>();
        for (SectionPlan section : plan.sections()) {
            declarations.add(section.section());
        }
        RuntimeState.publish(binder, options, declarations, byName);
    }

    private void watchLateLoaders(AgentOptions options) {
        if (options.watchLateLoaders() && instrumentation != null) {
            LateLoaderWatch.install(instrumentation, RuntimeState.current());
        }
    }

    private boolean mustStop(AgentOptions options) {
        return options.onError() == OnError.FAIL && problems.hasErrors();
    }

    private Outcome finish(int status) {
        for (Problem problem : problems.all()) {
            Diagnostics.print(problem);
        }
        int errors = problems.errorCount();
        String summary = null;
        if (status != ExitStatus.OK) {
            summary = route.stopped(errors, status);
        } else if (errors > 0) {
            summary = route.skipped(errors);
        }
        if (summary != null) {
            Diagnostics.info(summary);
        }
        return new Outcome(status, problems.all(), summary);
    }

    private void report(AgentOptions options, Plan plan, List<String> ctorTimings) {
        Diagnostics.info("report: " + timer.summary() + "; " + plan.ctors().size() + " ctors, "
                + plan.sections().size() + " sections, " + plan.dtors().size() + " dtors");
        if (options.shuffleSeed() != null) {
            Diagnostics.info("report: ties shuffled with seed " + options.shuffleSeed());
        }
        for (String line : ctorTimings) {
            Diagnostics.info("report: ctor " + line);
        }
    }
}
