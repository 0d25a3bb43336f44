package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.ScanResult;
import dev.premain.agent.internal.model.ScannedContribution;
import dev.premain.agent.internal.model.ScannedMethod;
import dev.premain.agent.internal.options.TrustPolicy;
import dev.premain.agent.internal.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Applies the {@link TrustPolicy} before any code is loaded: untrusted contributors never run. */
public final class TrustCheck {
    private final TrustPolicy policy;
    private final List<Problem> problems = new ArrayList<>();

    public TrustCheck(TrustPolicy policy) {
        this.policy = policy;
    }

    public ScanResult filter(ScanResult usable) {
        if (policy.isEveryone()) {
            return usable;
        }
        List<ScannedMethod> ctors = methods("@Ctor", usable.ctors());
        List<ScannedMethod> dtors = methods("@Dtor", usable.dtors());
        List<ScannedContribution> items = new ArrayList<>();
        for (ScannedContribution item : usable.contributions()) {
            String subject = "@Contribute " + item.kind().name().toLowerCase(Locale.ROOT) + " '" + item.displayName() + "'";
            if (allowed(subject, item.className(), item.location(), "It is not added to section '" + item.section() + "'.")) {
                items.add(item);
            }
        }
        return new ScanResult(ctors, dtors, usable.sections(), items, usable.warnings());
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private List<ScannedMethod> methods(String annotation, List<ScannedMethod> methods) {
        List<ScannedMethod> allowed = new ArrayList<>();
        for (ScannedMethod method : methods) {
            if (allowed(annotation + " method '" + method.displayName() + "'", method.className(), method.location(),
                    "It will not run.")) {
                allowed.add(method);
            }
        }
        return allowed;
    }

    private boolean allowed(String subject, String className, String location, String refusal) {
        if (policy.trusts(className, location)) {
            return true;
        }
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot);
        Path file = Path.of(location).getFileName();
        String jar = file == null ? location : file.toString();
        String packageName = pkg.isEmpty() ? "the default package" : "its package '" + pkg + "'";
        String allowIt = pkg.isEmpty() ? "'" + jar + "'" : "'" + pkg + "' or '" + jar + "'";
        String message = subject + " (in " + location + ") is not trusted: neither " + packageName
                + " nor its jar '" + jar + "' is on the trust list (" + policy.describe() + "). "
                + (policy.warnOnly() ? "It is allowed anyway (trust-mode=warn)." : refusal)
                + " To allow it, add " + allowIt + " to the trust option.";
        problems.add(policy.warnOnly() ? Problem.warning(message) : Problem.error(message));
        return policy.warnOnly();
    }
}
