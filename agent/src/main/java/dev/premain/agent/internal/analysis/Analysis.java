package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.Problems;
import java.util.List;

/**
 * The one analysis: declarations in, a {@link Plan} and every problem out. The agent, the
 * in-process bootstrap, plugin registration and the audit all call {@link #of}, so "the audit
 * shows what the agent would do" is true by construction. Pure: it runs no user code and
 * initializes no class (the {@link TypeOracle} loads classes, if at all, without initializing them).
 *
 * <p>The stages, in order: shape and type rules ({@link ScanValidator}), where the JVM really
 * loads each class from ({@link OriginCheck}), records a cache served against the class file the JVM loads
 * ({@link RecordCheck}), the trust allow-list ({@link TrustCheck}), ordering ({@link Planner}), and the clashes that class files alone can
 * show ({@link ConstantClashCheck}). What only running code can show (static initializers, key
 * functions, comparators) is checked when the runtime links the plan.
 */
public final class Analysis {
    private final Plan plan;
    private final List<Problem> problems;

    private Analysis(Plan plan, List<Problem> problems) {
        this.plan = plan;
        this.problems = problems;
    }

    /**
     * Analyzes what discovery found.
     *
     * @param declared everything declared on the class path
     * @param settings the trust list and the shuffle seed
     * @param types answers assignability questions
     * @param origins where the JVM really loads each class from
     * @return the plan of everything usable, and every problem, in a stable order
     */
    public static Analysis of(Declarations declared, AnalysisSettings settings, TypeOracle types,
            ClassOrigins origins) {
        Problems problems = new Problems();
        Declarations valid = new ScanValidator(types, problems).validate(declared);
        Declarations loaded = new OriginCheck(origins, problems).check(valid);
        Declarations verified = new RecordCheck(settings.cachedLocations(), origins, problems).check(loaded);
        Declarations trusted = new TrustCheck(settings.trust(), problems).filter(verified);
        Plan planned = new Planner(settings.shuffleSeed(), problems).plan(trusted);
        Plan plan = new ConstantClashCheck(problems).check(planned);
        return new Analysis(plan, problems.all());
    }

    /** The plan: only what passed every check. */
    public Plan plan() {
        return plan;
    }

    /** Every problem found, in a stable order. */
    public List<Problem> problems() {
        return problems;
    }
}
