package dev.premain.agent.internal;

import dev.premain.TypedSection;
import dev.premain.agent.internal.analysis.LoadingTypeOracle;
import dev.premain.agent.internal.analysis.Plan;
import dev.premain.agent.internal.analysis.Planner;
import dev.premain.agent.internal.analysis.ScanValidator;
import dev.premain.agent.internal.analysis.SectionPlan;
import dev.premain.agent.internal.analysis.TrustCheck;
import dev.premain.agent.internal.analysis.Validation;
import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.model.ScanResult;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.runtime.ClassAccess;
import dev.premain.agent.internal.runtime.CtorRunner;
import dev.premain.agent.internal.runtime.DtorRunner;
import dev.premain.agent.internal.runtime.RuntimeState;
import dev.premain.agent.internal.runtime.SectionLinker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One plugin registration: validate, link into copies, run the plugin's ctors, register its dtors. */
public final class PluginRegistration {
    private final RuntimeState state;
    private final ClassAccess access;
    private final List<Problem> problems = new ArrayList<>();

    public PluginRegistration(RuntimeState state, ClassLoader loader) {
        this.state = state;
        this.access = ClassAccess.of(loader);
    }

    public Map<TypedSection<?>, TypedSection<?>> run(ScanResult scan) {
        Validation validation = new ScanValidator(new LoadingTypeOracle(access.loader())).validate(scan);
        problems.addAll(validation.problems());
        TrustCheck trust = new TrustCheck(state.options.trust());
        ScanResult trusted = trust.filter(validation.usable());
        problems.addAll(trust.problems());
        Planner planner = new Planner(state.options.shuffleSeed());
        Plan plan = planner.plan(trusted);
        problems.addAll(planner.problems());
        failOnErrors();
        Map<TypedSection<?>, TypedSection<?>> copies = link(plan);
        CtorRunner runner = new CtorRunner(access, false);
        runner.run(plan.ctors());
        problems.addAll(runner.problems());
        failOnErrors();
        new DtorRunner(access, plan.dtors()).register();
        problems.forEach(Diagnostics::print);
        return copies;
    }

    private Map<TypedSection<?>, TypedSection<?>> link(Plan plan) {
        Map<TypedSection<?>, TypedSection<?>> copies = new HashMap<>();
        SectionLinker linker = new SectionLinker(access, state.binder);
        List<SectionPlan> newSections = new ArrayList<>();
        for (SectionPlan section : plan.sections()) {
            TypedSection<?> sealed = state.sections.get(section.section().holder());
            if (sealed == null) {
                newSections.add(section);
            } else if (!section.items().isEmpty()) {
                TypedSection<?> copy = state.binder.unlinkedCopy(sealed);
                linker.extend(sealed, copy, section);
                copies.put(sealed, copy);
            }
        }
        linker.link(newSections);
        problems.addAll(linker.problems());
        failOnErrors();
        linker.linked().forEach(state.binder::seal);
        return copies;
    }

    private void failOnErrors() {
        if (problems.stream().anyMatch(Problem::isError)) {
            StringBuilder report = new StringBuilder("Premain.register() found errors; nothing was registered:");
            for (Problem problem : problems) {
                report.append(System.lineSeparator()).append(problem.isError() ? "error: " : "warning: ")
                        .append(problem.message());
            }
            throw new IllegalStateException(report.toString());
        }
    }
}
