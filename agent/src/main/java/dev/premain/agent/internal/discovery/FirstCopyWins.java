package dev.premain.agent.internal.discovery;

import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps, for each class, only what the first class-path element holding it declares: the JVM loads
 * that copy and never the others, so the others' ctors and contributions must not count twice.
 */
final class FirstCopyWins {
    private final Problems problems;
    private final Map<String, String> owners = new HashMap<>();

    FirstCopyWins(Problems problems) {
        this.problems = problems;
    }

    Declarations keep(List<ElementScan> elements) {
        List<DeclaredMethod> ctors = new ArrayList<>();
        List<DeclaredMethod> dtors = new ArrayList<>();
        List<DeclaredSection> sections = new ArrayList<>();
        List<DeclaredContribution> contributions = new ArrayList<>();
        for (ElementScan element : elements) {
            Declarations found = element.found();
            for (DeclaredMethod ctor : found.ctors()) {
                if (owns(ctor.className(), element.location())) {
                    ctors.add(ctor);
                }
            }
            for (DeclaredMethod dtor : found.dtors()) {
                if (owns(dtor.className(), element.location())) {
                    dtors.add(dtor);
                }
            }
            for (DeclaredSection section : found.sections()) {
                if (owns(section.holder(), element.location())) {
                    sections.add(section);
                }
            }
            for (DeclaredContribution item : found.contributions()) {
                if (owns(item.className(), element.location())) {
                    contributions.add(item);
                }
            }
        }
        return new Declarations(List.copyOf(ctors), List.copyOf(dtors), List.copyOf(sections),
                List.copyOf(contributions));
    }

    private boolean owns(String className, String element) {
        String owner = owners.putIfAbsent(className, element);
        if (owner == null || owner.equals(element)) {
            return true;
        }
        String duplicate = className + "\n" + element;
        if (owners.putIfAbsent(duplicate, element) == null) {
            problems.add(Problem.warning(ProblemCode.CLASS_TWICE, "Class '" + className + "'", "is on the class path"
                    + " twice, in '" + owner + "' and in '" + element + "'", null, "The JVM loads the copy in '"
                    + owner + "', so only its ctors and contributions count; the other copy is ignored.",
                    "Remove one of them."));
        }
        return false;
    }
}
