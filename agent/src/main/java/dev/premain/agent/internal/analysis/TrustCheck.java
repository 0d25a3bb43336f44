package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.options.TrustPolicy;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Applies the {@link TrustPolicy} before any code is loaded: untrusted contributors never run. */
final class TrustCheck {
    private final TrustPolicy policy;
    private final Problems problems;
    // Why only with pins: hashing a jar reads it whole, and the first digest loads the security providers.
    private final JarHashes hashes;

    TrustCheck(TrustPolicy policy, Problems problems) {
        this.policy = policy;
        this.problems = problems;
        this.hashes = policy.hasPins() ? new JarHashes() : null;
    }

    public Declarations filter(Declarations usable) {
        if (policy.isEveryone()) {
            return usable;
        }
        List<DeclaredMethod> ctors = methods("@Ctor", usable.ctors());
        List<DeclaredMethod> dtors = methods("@Dtor", usable.dtors());
        List<DeclaredContribution> items = new ArrayList<>();
        for (DeclaredContribution item : usable.contributions()) {
            String subject = item.subject();
            if (allowed(subject, item.className(), item.location(), "It is not added to section '" + item.section() + "'.")) {
                items.add(item);
            }
        }
        return new Declarations(ctors, dtors, usable.sections(), items);
    }

    private List<DeclaredMethod> methods(String annotation, List<DeclaredMethod> methods) {
        List<DeclaredMethod> allowed = new ArrayList<>();
        for (DeclaredMethod method : methods) {
            if (allowed(annotation + " method '" + method.displayName() + "'", method.className(), method.location(),
                    "It will not run.")) {
                allowed.add(method);
            }
        }
        return allowed;
    }

    private boolean allowed(String subject, String className, String location, String refusal) {
        if (policy.trusts(className, location, hashes)) {
            return true;
        }
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot);
        Path file = Path.of(location).getFileName();
        String jar = file == null ? location : file.toString();
        String packageName = pkg.isEmpty() ? "the default package" : "its package '" + pkg + "'";
        String allowIt = pkg.isEmpty() ? "'" + jar + "'" : "'" + pkg + "' or '" + jar + "'";
        Problem refused = Problem.error(ProblemCode.UNTRUSTED, subject, "is not trusted", location, "Neither "
                + packageName + " nor its jar '" + jar + "' is on the trust list (" + policy.describe() + "). "
                + (policy.warnOnly() ? "It is allowed anyway (trust-mode=warn)." : refusal),
                "To allow it, add " + allowIt + " to the trust option.");
        problems.add(policy.warnOnly() ? refused.asWarning() : refused);
        return policy.warnOnly();
    }
}
