package dev.premain.agent.internal;

import dev.premain.SectionBinder;
import dev.premain.TypedSection;
import dev.premain.agent.internal.analysis.LoadingTypeOracle;
import dev.premain.agent.internal.analysis.Plan;
import dev.premain.agent.internal.analysis.Planner;
import dev.premain.agent.internal.analysis.ScanValidator;
import dev.premain.agent.internal.analysis.SectionPlan;
import dev.premain.agent.internal.analysis.TrustCheck;
import dev.premain.agent.internal.analysis.Validation;
import dev.premain.agent.internal.discovery.ClassPathElements;
import dev.premain.agent.internal.discovery.Discovery;
import dev.premain.agent.internal.discovery.cache.ScanCache;
import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.model.ScanResult;
import dev.premain.agent.internal.model.ScannedSection;
import dev.premain.agent.internal.options.AgentOptions;
import dev.premain.agent.internal.options.OnError;
import dev.premain.agent.internal.problem.ExitStatus;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.runtime.ClassAccess;
import dev.premain.agent.internal.runtime.CtorRunner;
import dev.premain.agent.internal.runtime.DtorRunner;
import dev.premain.agent.internal.runtime.LateLoaderWatch;
import dev.premain.agent.internal.runtime.ModuleOpener;
import dev.premain.agent.internal.runtime.RuntimeState;
import dev.premain.agent.internal.runtime.SectionLinker;
import java.util.ArrayList;
import java.util.List;

/** Runs the whole pipeline once: scan, validate, plan, link, construct, seal, register dtors. */
public final class Bootstrap {
    private final ClassLoader loader;
    private final ClassAccess access;
    private final java.lang.instrument.Instrumentation instrumentation;
    private final List<Problem> problems = new ArrayList<>();
    private final PhaseTimer timer = new PhaseTimer();

    /**
     * @param loader the application's class loader
     * @param opener opens named modules' packages to the agent
     * @param instrumentation the agent's instrumentation, or {@code null} in process
     */
    public Bootstrap(ClassLoader loader, ModuleOpener opener, java.lang.instrument.Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
        this.loader = loader;
        this.access = new ClassAccess(loader, opener);
    }

    /** Bootstraps with the given options; returns the exit status ({@link ExitStatus#OK} to go on to main). */
    public int run(AgentOptions options, SectionBinder binder) {
        Diagnostics.setVerbosity(options.verbosity());
        ScanCache cache = options.cache() == null ? ScanCache.OFF : new ScanCache(options.cache());
        ScanResult scan = new Discovery(options.index(), cache, options.packages())
                .discover(ClassPathElements.declared());
        timer.lap("scan");
        Validation validation = new ScanValidator(new LoadingTypeOracle(loader)).validate(scan);
        problems.addAll(validation.problems());
        timer.lap("validate");
        TrustCheck trust = new TrustCheck(options.trust());
        ScanResult trusted = trust.filter(validation.usable());
        problems.addAll(trust.problems());
        Planner planner = new Planner(options.shuffleSeed());
        Plan plan = planner.plan(trusted);
        problems.addAll(planner.problems());
        timer.lap("plan");
        if (mustStop(options)) {
            return finish(options, ExitStatus.INVALID);
        }
        SectionLinker linker = new SectionLinker(access, binder);
        linker.link(plan.sections());
        problems.addAll(linker.problems());
        timer.lap("link");
        if (mustStop(options)) {
            return finish(options, ExitStatus.INVALID);
        }
        return construct(options, binder, plan, linker.linked());
    }

    private int construct(AgentOptions options, SectionBinder binder, Plan plan, List<TypedSection<?>> sections) {
        CtorRunner runner = new CtorRunner(access, options.onError() == OnError.WARN);
        runner.run(plan.ctors());
        problems.addAll(runner.problems());
        timer.lap("ctors");
        if (mustStop(options)) {
            return finish(options, ExitStatus.CTOR_FAILED);
        }
        for (TypedSection<?> section : sections) {
            binder.seal(section);
        }
        publish(options, binder, plan, sections);
        watchLateLoaders(options);
        new DtorRunner(access, plan.dtors()).register();
        timer.lap("seal");
        if (options.report()) {
            report(options, plan, runner.timings());
        }
        return finish(options, ExitStatus.OK);
    }

    private static void publish(AgentOptions options, SectionBinder binder, Plan plan, List<TypedSection<?>> sections) {
        java.util.Map<String, TypedSection<?>> byName = new java.util.HashMap<>();
        for (TypedSection<?> section : sections) {
            byName.put(section.name(), section);
        }
        List<ScannedSection> declarations = new ArrayList<>();
        for (SectionPlan section : plan.sections()) {
            declarations.add(section.section());
        }
        RuntimeState.publish(binder, options, declarations, byName);
    }

    private void watchLateLoaders(AgentOptions options) {
        if (options.watchLateLoaders() && instrumentation != null) {
            instrumentation.addTransformer(new LateLoaderWatch(RuntimeState.current()));
        }
    }

    private int errorCount() {
        int errors = 0;
        for (Problem problem : problems) {
            errors += problem.isError() ? 1 : 0;
        }
        return errors;
    }

    private boolean mustStop(AgentOptions options) {
        return options.onError() == OnError.FAIL && errorCount() > 0;
    }

    private int finish(AgentOptions options, int status) {
        for (Problem problem : problems) {
            Diagnostics.print(problem);
        }
        int errors = errorCount();
        if (status != ExitStatus.OK) {
            Diagnostics.info(errors + (errors == 1 ? " error" : " errors") + "; main was not started (exit status "
                    + status + "). Fix the errors above, or start with on-error=warn to skip what failed.");
        } else if (errors > 0) {
            Diagnostics.info(errors + (errors == 1 ? " error" : " errors") + " skipped (on-error=warn);"
                    + " what each error names did not run or was not registered, and main starts.");
        }
        return status;
    }

    private void report(AgentOptions options, Plan plan, List<String> ctorTimings) {
        Diagnostics.info("report: " + timer.summary() + "; " + plan.ctors().size() + " ctors, "
                + plan.sections().size() + " sections, " + plan.dtors().size() + " dtors");
        if (options.shuffleSeed() != null) {
            Diagnostics.info("report: ties shuffled with seed " + options.shuffleSeed());
        }
        ctorTimings.forEach(line -> Diagnostics.info("report: ctor " + line));
    }
}
