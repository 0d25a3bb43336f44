package dev.premain.agent.internal.audit;

import dev.premain.agent.internal.analysis.Plan;
import dev.premain.agent.internal.analysis.ScanValidator;
import dev.premain.agent.internal.analysis.SectionPlan;
import dev.premain.agent.internal.model.ScannedContribution;
import dev.premain.agent.internal.model.ScannedMethod;
import dev.premain.agent.internal.model.ScannedSection;
import dev.premain.agent.internal.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints an {@link AuditReport} as text for people or JSON for tools. */
public final class AuditRenderer {
    private static final String NL = System.lineSeparator();

    private AuditRenderer() {
    }

    public static String text(AuditReport report) {
        Plan plan = report.plan();
        StringBuilder out = new StringBuilder("Premain audit: nothing was run or initialized.").append(NL);
        out.append(NL).append("Ctors, in run order:").append(NL);
        methods(plan.ctors(), out);
        out.append(NL).append("Dtors, in shutdown order:").append(NL);
        List<ScannedMethod> dtors = new ArrayList<>(plan.dtors());
        java.util.Collections.reverse(dtors);
        methods(dtors, out);
        out.append(NL).append("Sections:").append(NL);
        if (plan.sections().isEmpty()) {
            out.append("  (none)").append(NL);
        }
        for (SectionPlan section : plan.sections()) {
            section(section, out);
        }
        out.append(NL).append("Problems:").append(NL);
        if (report.problems().isEmpty()) {
            out.append("  (none)").append(NL);
        }
        for (Problem problem : report.problems()) {
            out.append("  ").append(problem.isError() ? "error: " : "warning: ").append(problem.message()).append(NL);
        }
        return out.toString();
    }

    private static void methods(List<ScannedMethod> methods, StringBuilder out) {
        if (methods.isEmpty()) {
            out.append("  (none)").append(NL);
        }
        for (int i = 0; i < methods.size(); i++) {
            ScannedMethod m = methods.get(i);
            out.append("  ").append(i + 1).append(". ").append(m.displayName()).append("  (priority ")
                    .append(m.priority()).append(m.after().isEmpty() ? "" : ", after " + String.join(", ", m.after()))
                    .append(", in ").append(m.location()).append(')').append(NL);
        }
    }

    private static void section(SectionPlan plan, StringBuilder out) {
        ScannedSection s = plan.section();
        out.append("  ").append(s.holder()).append(": ").append(ScanValidator.simpleName(s.sectionType()))
                .append(" of ").append(s.elementType()).append("  (in ").append(s.location()).append(')').append(NL);
        if (plan.items().isEmpty()) {
            out.append("    (empty)").append(NL);
        }
        for (int i = 0; i < plan.items().size(); i++) {
            ScannedContribution c = plan.items().get(i);
            out.append("    ").append(i + 1).append(". ").append(c.displayName()).append("  (")
                    .append(c.kind().name().toLowerCase(Locale.ROOT))
                    .append(c.constant() == null ? "" : " = " + quoted(c.constant()))
                    .append(", in ").append(c.location()).append(')').append(NL);
        }
    }

    private static String quoted(Object constant) {
        return constant instanceof String s ? JsonText.string(s) : String.valueOf(constant);
    }

    public static String json(AuditReport report) {
        Plan plan = report.plan();
        List<ScannedMethod> dtors = new ArrayList<>(plan.dtors());
        java.util.Collections.reverse(dtors);
        JsonText json = new JsonText().open('{');
        json.key("ctors").open('[');
        plan.ctors().forEach(m -> method(m, json));
        json.close(']').key("dtors").open('[');
        dtors.forEach(m -> method(m, json));
        json.close(']').key("sections").open('[');
        for (SectionPlan section : plan.sections()) {
            ScannedSection s = section.section();
            json.open('{').field("name", s.holder()).field("kind", ScanValidator.simpleName(s.sectionType()))
                    .field("elementType", s.elementType()).field("source", s.location()).key("items").open('[');
            for (ScannedContribution c : section.items()) {
                json.open('{').field("class", c.className()).field("member", c.memberName())
                        .field("kind", c.kind().name().toLowerCase(Locale.ROOT)).value("constant", c.constant())
                        .field("source", c.location()).close('}');
            }
            json.close(']').close('}');
        }
        json.close(']').key("problems").open('[');
        for (Problem p : report.problems()) {
            json.open('{').field("severity", p.isError() ? "error" : "warning").field("message", p.message()).close('}');
        }
        return json.close(']').close('}').toString() + NL;
    }

    private static void method(ScannedMethod m, JsonText json) {
        json.open('{').field("class", m.className()).field("method", m.methodName()).value("priority", m.priority())
                .key("after").open('[');
        m.after().forEach(json::element);
        json.close(']').field("source", m.location()).close('}');
    }
}
