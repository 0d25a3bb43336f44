package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.MemberKind;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cache is a hint: every record served from a scan cache is checked against the class file the
 * JVM loads (its annotations, read from its bytes), so an edited or stale cache file cannot make
 * an unannotated method run or put an item into a section. Records from an index or a fresh scan
 * need no such check: they were read from those very bytes at build or at this start.
 */
final class CachedRecordCheck {
    private static final String CTOR = "Ldev/premain/Ctor;";
    private static final String DTOR = "Ldev/premain/Dtor;";
    private static final String SECTION = "Ldev/premain/Section;";

    private final Set<String> cachedLocations;
    private final Problems problems;
    private final Map<String, Map<String, Set<String>>> read = new HashMap<>();
    private JarClassFiles files;

    CachedRecordCheck(Set<String> cachedLocations, Problems problems) {
        this.cachedLocations = cachedLocations;
        this.problems = problems;
    }

    Declarations check(Declarations declared) {
        if (cachedLocations.isEmpty()) {
            return declared; // Why first: an indexed or cold start pays nothing here.
        }
        try (JarClassFiles files = new JarClassFiles()) {
            this.files = files;
            return checked(declared);
        } finally {
            this.files = null;
        }
    }

    private Declarations checked(Declarations declared) {
        List<DeclaredMethod> ctors = methods("@Ctor", CTOR, declared.ctors());
        List<DeclaredMethod> dtors = methods("@Dtor", DTOR, declared.dtors());
        List<DeclaredSection> sections = new ArrayList<>();
        for (DeclaredSection section : declared.sections()) {
            if (!cachedLocations.contains(section.location()) || declares(section.holder(), "field "
                    + section.fieldName(), SECTION, "@Section field '" + section.holder() + "." + section.fieldName()
                    + "'", section.location(), "The section is not linked.")) {
                sections.add(section);
            }
        }
        List<DeclaredContribution> contributions = new ArrayList<>();
        for (DeclaredContribution item : declared.contributions()) {
            if (!cachedLocations.contains(item.location()) || contributes(item)) {
                contributions.add(item);
            }
        }
        return new Declarations(ctors, dtors, sections, contributions);
    }

    private List<DeclaredMethod> methods(String annotation, String descriptor, List<DeclaredMethod> methods) {
        List<DeclaredMethod> kept = new ArrayList<>();
        for (DeclaredMethod method : methods) {
            if (!cachedLocations.contains(method.location()) || declares(method.className(), "method "
                    + method.methodName() + " " + method.descriptor(), descriptor, annotation + " method '"
                    + method.displayName() + "'", method.location(), "It will not run.")) {
                kept.add(method);
            }
        }
        return kept;
    }

    private boolean contributes(DeclaredContribution item) {
        String expected = ClassFileAnnotations.CONTRIBUTE + "=L" + item.section().replace('.', '/') + ";";
        Map<String, Set<String>> members = members(item.location(), item.className());
        boolean found = false;
        if (members != null) {
            for (Map.Entry<String, Set<String>> member : members.entrySet()) {
                found |= matches(item, member.getKey()) && member.getValue().contains(expected);
            }
        }
        return found || refuse(item.subject(), item.className(), item.location(), "It is not added to section '"
                + item.section() + "'.");
    }

    private static boolean matches(DeclaredContribution item, String key) {
        if (item.kind() == MemberKind.CLASS) {
            return key.equals("class");
        }
        return item.kind() == MemberKind.FIELD ? key.equals("field " + item.memberName())
                : key.startsWith("method " + item.memberName() + " ()");
    }

    private boolean declares(String className, String member, String annotation, String subject, String location,
            String refusal) {
        Map<String, Set<String>> members = members(location, className);
        Set<String> annotations = members == null ? null : members.get(member);
        return annotations != null && annotations.contains(annotation)
                || refuse(subject, className, location, refusal);
    }

    private boolean refuse(String subject, String className, String location, String refusal) {
        problems.add(Problem.error(ProblemCode.CACHE_MISMATCH, subject, "is listed in the scan cache, but class '"
                + className + "' as the JVM loads it does not declare it", location, refusal, "A cache file was"
                + " edited or is stale: delete the scan cache directory, or start with cache=off."));
        return false;
    }

    /** The class's member annotations, read once; {@code null} if its bytes cannot be read. */
    private Map<String, Set<String>> members(String location, String className) {
        if (!read.containsKey(className)) {
            // Why the record's own location: the origin check already found that the JVM loads it from there.
            byte[] bytes = files.read(location, className);
            Map<String, Set<String>> members = null;
            try {
                members = bytes == null ? null : ClassFileAnnotations.of(bytes);
            } catch (IOException | RuntimeException e) {
                members = null; // Why: an unreadable class file vouches for nothing.
            }
            read.put(className, members);
        }
        return read.get(className);
    }
}
