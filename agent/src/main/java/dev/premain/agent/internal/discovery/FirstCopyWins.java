package dev.premain.agent.internal.discovery;

import dev.premain.agent.internal.model.ScannedContribution;
import dev.premain.agent.internal.model.ScannedMethod;
import dev.premain.agent.internal.model.ScannedSection;
import dev.premain.agent.internal.problem.Problem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps, for each class, only what the first class-path element holding it declares: the JVM loads
 * that copy and never the others, so the others' ctors and contributions must not count twice.
 */
public final class FirstCopyWins {
    private final List<Problem> problems;
    private final Map<String, Path> owners = new HashMap<>();

    public FirstCopyWins(List<Problem> problems) {
        this.problems = problems;
    }

    public void keep(List<ElementContent> elements, ElementContent into) {
        for (ElementContent element : elements) {
            for (ScannedMethod ctor : element.ctors) {
                if (owns(ctor.className(), element.path)) {
                    into.ctors.add(ctor);
                }
            }
            for (ScannedMethod dtor : element.dtors) {
                if (owns(dtor.className(), element.path)) {
                    into.dtors.add(dtor);
                }
            }
            for (ScannedSection section : element.sections) {
                if (owns(section.holder(), element.path)) {
                    into.sections.add(section);
                }
            }
            for (ScannedContribution item : element.contributions) {
                if (owns(item.className(), element.path)) {
                    into.contributions.add(item);
                }
            }
        }
    }

    private boolean owns(String className, Path element) {
        Path owner = owners.putIfAbsent(className, element);
        if (owner == null || owner.equals(element)) {
            return true;
        }
        String duplicate = className + "\n" + element;
        if (owners.putIfAbsent(duplicate, element) == null) {
            problems.add(Problem.warning("Class '" + className + "' is on the class path twice, in '" + owner
                    + "' and in '" + element + "'. The JVM loads the copy in '" + owner + "', so only its ctors and"
                    + " contributions count; the other copy is ignored. Remove one of them."));
        }
        return false;
    }
}
