package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps only what the JVM will really load from where it was declared: a record (from an index, a
 * cache or a scan) whose class the JVM takes from another class-path entry, or from the JDK, is
 * refused before any of its code can run. This is what makes trust by jar name sound: the jar a
 * record is credited to is the jar its class comes from.
 */
final class OriginCheck {
    private final ClassOrigins origins;
    private final Problems problems;

    OriginCheck(ClassOrigins origins, Problems problems) {
        this.origins = origins;
        this.problems = problems;
    }

    Declarations check(Declarations declared) {
        List<DeclaredMethod> ctors = methods("@Ctor", declared.ctors());
        List<DeclaredMethod> dtors = methods("@Dtor", declared.dtors());
        List<DeclaredSection> sections = new ArrayList<>();
        for (DeclaredSection section : declared.sections()) {
            String elsewhere = elsewhere(section.holder(), section.location());
            if (elsewhere == null) {
                sections.add(section);
            } else {
                refuse("@Section field '" + section.holder() + "." + section.fieldName() + "'", section.holder(),
                        section.location(), elsewhere, "The section is not linked.");
            }
        }
        List<DeclaredContribution> contributions = new ArrayList<>();
        for (DeclaredContribution item : declared.contributions()) {
            String elsewhere = elsewhere(item.className(), item.location());
            if (elsewhere == null) {
                contributions.add(item);
            } else {
                refuse(item.subject(), item.className(), item.location(), elsewhere, "It is not added to section '"
                        + item.section() + "'.");
            }
        }
        return new Declarations(ctors, dtors, sections, contributions);
    }

    private List<DeclaredMethod> methods(String annotation, List<DeclaredMethod> methods) {
        List<DeclaredMethod> kept = new ArrayList<>();
        for (DeclaredMethod method : methods) {
            String elsewhere = elsewhere(method.className(), method.location());
            if (elsewhere == null) {
                kept.add(method);
            } else {
                refuse(annotation + " method '" + method.displayName() + "'", method.className(), method.location(),
                        elsewhere, "It will not run.");
            }
        }
        return kept;
    }

    /**
     * Where else the JVM loads {@code className} from, or {@code null} if from {@code location}.
     * Why no message is built here: this runs for every record before main, and almost all pass.
     */
    private String elsewhere(String className, String location) {
        String origin = origins.origin(className);
        // Why null passes: a class that cannot load is reported by linking, with its cause.
        return origin == null || origin.equals(location) ? null : origin;
    }

    private void refuse(String subject, String className, String location, String origin, String refusal) {
        boolean fromJdk = origin.startsWith("the ");
        problems.add(Problem.error(ProblemCode.NOT_LOADED_FROM_HERE, subject, "is declared here, but the JVM loads"
                + " class '" + className + "' from " + (fromJdk ? origin : "'" + origin + "'"), location,
                refusal + (fromJdk ? "" : " That copy is what would run, and it was not checked."),
                fromJdk ? "Remove the record: a class that is not in this jar cannot contribute from it."
                : "Remove the other copy of '" + className + "' from the class path, or put this entry before it."));
    }
}
