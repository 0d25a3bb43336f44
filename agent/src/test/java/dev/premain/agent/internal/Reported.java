package dev.premain.agent.internal;

import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.Problems;
import java.util.ArrayList;
import java.util.List;

/** Problems as the words people read ({@code error: TEXT}), so golden tests compare full texts. */
public final class Reported {
    private Reported() {
    }

    public static String error(String text) {
        return "error: " + text;
    }

    public static String warning(String text) {
        return "warning: " + text;
    }

    public static String of(Problem problem) {
        return (problem.isError() ? "error: " : "warning: ") + problem.text();
    }

    public static List<String> of(Problems problems) {
        return of(problems.all());
    }

    public static List<String> of(List<Problem> problems) {
        List<String> texts = new ArrayList<>();
        for (Problem problem : problems) {
            texts.add(of(problem));
        }
        return texts;
    }
}
