package dev.premain.agent.internal.audit;

import dev.premain.internal.rules.ShapeRules;
import dev.premain.agent.internal.analysis.Plan;
import dev.premain.agent.internal.analysis.SectionPlan;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** Prints an {@link AuditReport} as text for people or JSON for tools. */
public final class AuditRenderer {
    private static final String NL = System.lineSeparator();

    private AuditRenderer() {
    }

    public static String text(AuditReport report) {
        Plan plan = report.plan();
        StringBuilder out = new StringBuilder("Premain audit: nothing was run or initialized.").append(NL);
        if (plan.ctors().isEmpty() && plan.dtors().isEmpty() && plan.sections().isEmpty()
                && report.problems().isEmpty()) {
            // Why say it: an empty plan from a mistyped class path must not read like a clean one. Why only
            // without problems: content that was found and refused is not "no content".
            out.append("No Premain content: no @Ctor, @Dtor or @Section was found on this class path.").append(NL);
        }
        out.append(NL).append("Ctors, in run order:").append(NL);
        methods(plan.ctors(), out);
        out.append(NL).append("Dtors, in shutdown order:").append(NL);
        List<DeclaredMethod> dtors = new ArrayList<>(plan.dtors());
        java.util.Collections.reverse(dtors);
        methods(dtors, out);
        out.append(NL).append("Sections:").append(NL);
        if (plan.sections().isEmpty()) {
            out.append("  (none)").append(NL);
        }
        for (SectionPlan section : plan.sections()) {
            section(section, out);
        }
        if (!report.pins().isEmpty()) {
            out.append(NL).append("Jars that contribute, with the pin that trusts exactly that content:").append(NL);
            for (Map.Entry<String, String> pin : report.pins().entrySet()) {
                out.append("  ").append(pin.getValue() == null ? "(a directory: no pin)" : "sha256:" + pin.getValue())
                        .append("  ").append(pin.getKey()).append(NL);
            }
        }
        if (!report.overlaps().isEmpty()) {
            out.append(NL).append("Shadowed classes and split packages:").append(NL);
            for (String overlap : report.overlaps()) {
                out.append("  ").append(overlap).append(NL);
            }
        }
        out.append(NL).append("Problems:").append(NL);
        if (report.problems().isEmpty()) {
            out.append("  (none)").append(NL);
        }
        for (Problem problem : report.problems()) {
            out.append("  ").append(problem.isError() ? "error: " : "warning: ").append(problem.text()).append(NL);
        }
        if (!report.launchOnly().isEmpty()) {
            out.append(NL).append("Checked only at launch (they run code, which the audit never does):").append(NL);
            for (String check : report.launchOnly()) {
                out.append("  ").append(check).append(NL);
            }
        }
        return out.toString();
    }

    private static void methods(List<DeclaredMethod> methods, StringBuilder out) {
        if (methods.isEmpty()) {
            out.append("  (none)").append(NL);
        }
        for (int i = 0; i < methods.size(); i++) {
            DeclaredMethod m = methods.get(i);
            out.append("  ").append(i + 1).append(". ").append(m.displayName()).append("  (priority ")
                    .append(m.priority()).append(m.after().isEmpty() ? "" : ", after " + String.join(", ", m.after()))
                    .append(", in ").append(m.location()).append(')').append(NL);
        }
    }

    private static void section(SectionPlan plan, StringBuilder out) {
        DeclaredSection s = plan.section();
        out.append("  ").append(s.holder()).append(": ").append(ShapeRules.simpleName(s.sectionType()))
                .append(" of ").append(s.elementType()).append("  (in ").append(s.location()).append(')').append(NL);
        if (plan.items().isEmpty()) {
            out.append("    (empty)").append(NL);
        }
        for (int i = 0; i < plan.items().size(); i++) {
            DeclaredContribution c = plan.items().get(i);
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
        List<DeclaredMethod> dtors = new ArrayList<>(plan.dtors());
        java.util.Collections.reverse(dtors);
        JsonText json = new JsonText().open('{');
        json.key("ctors").open('[');
        plan.ctors().forEach(m -> method(m, json));
        json.close(']').key("dtors").open('[');
        dtors.forEach(m -> method(m, json));
        json.close(']').key("sections").open('[');
        for (SectionPlan section : plan.sections()) {
            DeclaredSection s = section.section();
            json.open('{').field("name", s.holder()).field("kind", ShapeRules.simpleName(s.sectionType()))
                    .field("elementType", s.elementType()).field("source", s.location()).key("items").open('[');
            for (DeclaredContribution c : section.items()) {
                json.open('{').field("class", c.className()).field("member", c.memberName())
                        .field("kind", c.kind().name().toLowerCase(Locale.ROOT)).value("constant", c.constant())
                        .field("source", c.location()).close('}');
            }
            json.close(']').close('}');
        }
        json.close(']').key("problems").open('[');
        for (Problem p : report.problems()) {
            problem(p, json);
        }
        json.close(']').key("jars").open('[');
        for (Map.Entry<String, String> pin : report.pins().entrySet()) {
            json.open('{').field("source", pin.getKey()).field("sha256", pin.getValue()).close('}');
        }
        json.close(']').key("overlaps").open('[');
        for (String overlap : report.overlaps()) {
            json.element(overlap);
        }
        json.close(']').key("launchOnly").open('[');
        for (String check : report.launchOnly()) {
            json.element(check);
        }
        return json.close(']').close('}').toString() + NL;
    }

    /** Every field, for tools, and the rendered text, for people. */
    private static void problem(Problem p, JsonText json) {
        json.open('{').field("severity", p.isError() ? "error" : "warning").field("code", p.code())
                .field("subject", p.subject()).field("rule", p.rule()).field("location", p.location())
                .field("cause", p.cause()).field("consequence", p.consequence()).field("fix", p.fix())
                .field("message", p.text()).close('}');
    }

    private static void method(DeclaredMethod m, JsonText json) {
        json.open('{').field("class", m.className()).field("method", m.methodName()).value("priority", m.priority())
                .key("after").open('[');
        m.after().forEach(json::element);
        json.close(']').field("source", m.location()).close('}');
    }
}
