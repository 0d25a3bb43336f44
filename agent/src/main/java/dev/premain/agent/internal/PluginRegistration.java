package dev.premain.agent.internal;

import dev.premain.TypedSection;
import dev.premain.agent.internal.analysis.Analysis;
import dev.premain.agent.internal.analysis.AnalysisSettings;
import dev.premain.agent.internal.analysis.LoadingTypeOracle;
import dev.premain.agent.internal.analysis.Plan;
import dev.premain.agent.internal.analysis.SectionPlan;
import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.log.ProblemReport;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.Problems;
import dev.premain.agent.internal.runtime.ClassAccess;
import dev.premain.agent.internal.runtime.CtorRunner;
import dev.premain.agent.internal.runtime.DtorRunner;
import dev.premain.agent.internal.runtime.RuntimeState;
import dev.premain.agent.internal.runtime.SectionLinker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One plugin registration: analyze, link into copies, run the plugin's ctors, register its dtors. */
final class PluginRegistration {
    private final RuntimeState state;
    private final ClassAccess access;
    private final Problems problems;

    /** @param problems holds what discovery found already */
    PluginRegistration(RuntimeState state, ClassLoader loader, Problems problems) {
        this.state = state;
        this.access = ClassAccess.of(loader);
        this.problems = problems;
    }

    Map<TypedSection<?>, TypedSection<?>> run(Declarations declared) {
        LoadingTypeOracle classes = new LoadingTypeOracle(access.loader());
        Analysis analysis = Analysis.of(declared, new AnalysisSettings(state.options.trust(),
                state.options.shuffleSeed()), classes, classes);
        for (Problem problem : analysis.problems()) {
            problems.add(problem);
        }
        failOnErrors();
        Plan plan = analysis.plan();
        Map<TypedSection<?>, TypedSection<?>> copies = link(plan);
        new CtorRunner(access, false, problems, "Premain.register() throws IllegalStateException",
                state.options.timeouts().ctorMillis()).run(plan.ctors());
        failOnErrors();
        new DtorRunner(access, plan.dtors(), state.options.timeouts().dtorMillis()).register();
        for (Problem problem : problems.all()) {
            Diagnostics.print(problem);
        }
        return copies;
    }

    private Map<TypedSection<?>, TypedSection<?>> link(Plan plan) {
        Map<TypedSection<?>, TypedSection<?>> copies = new HashMap<>();
        SectionLinker linker = new SectionLinker(access, state.binder, problems);
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
        failOnErrors();
        for (TypedSection<?> section : linker.linked()) {
            state.binder.seal(section);
        }
        return copies;
    }

    private void failOnErrors() {
        if (problems.hasErrors()) {
            throw new IllegalStateException("Premain.register() found errors; nothing was registered:"
                    + ProblemReport.lines(problems.all()));
        }
    }
}
