package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.discovery.ClassFileAnnotations;
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
 * A cache is a hint: every record a scan cache or the class-path index served is checked against the class file the JVM
 * loads (its annotations, read from its bytes, in the entry the origin check confirmed), so an
 * edited or stale cache file cannot make an unannotated method run or put an item into a section.
 * A class file that cannot be read vouches for nothing. Records from a jar's own index or from a
 * scan at this start were read from that very jar, which the origin check confirmed the JVM loads
 * them from; a cache never serves an indexed jar's records (see {@code ClassPathCache}).
 */
final class RecordCheck {
    private static final String CTOR = "Ldev/premain/Ctor;";
    private static final String DTOR = "Ldev/premain/Dtor;";
    private static final String SECTION = "Ldev/premain/Section;";

    /** What a class file that cannot be read or parsed yields: it vouches for nothing. */
    private static final Map<String, Set<String>> UNREADABLE = Map.of();

    private final Map<String, String> cachedLocations;
    private final Map<String, Map<String, Set<String>>> read = new HashMap<>();
    private JarClassFiles files;
    private final ClassOrigins origins;
    private final Problems problems;

    /**
     * @param cachedLocations the entries whose records came from a hint (a scan cache or the class-path
     *     index), each with how a refusal names that hint (the others came from an index or a scan)
     * @param origins where the JVM loads each class from
     * @param problems where refusals go
     */
    RecordCheck(Map<String, String> cachedLocations, ClassOrigins origins, Problems problems) {
        this.cachedLocations = cachedLocations;
        this.origins = origins;
        this.problems = problems;
    }

    Declarations check(Declarations declared) {
        if (cachedLocations.isEmpty()) {
            return declared; // Why first: an indexed or a cold start pays nothing here.
        }
        try (JarClassFiles opened = new JarClassFiles()) {
            this.files = opened;
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
            if (!cachedLocations.containsKey(section.location()) || declares(section.holder(), "field " + section.fieldName(), SECTION, "@Section field '"
                    + section.holder() + "." + section.fieldName() + "'", section.location(),
                    "The section is not linked.")) {
                sections.add(section);
            }
        }
        List<DeclaredContribution> contributions = new ArrayList<>();
        for (DeclaredContribution item : declared.contributions()) {
            if (!cachedLocations.containsKey(item.location()) || contributes(item)) {
                contributions.add(item);
            }
        }
        return new Declarations(ctors, dtors, sections, contributions);
    }

    private List<DeclaredMethod> methods(String annotation, String descriptor, List<DeclaredMethod> methods) {
        List<DeclaredMethod> kept = new ArrayList<>();
        for (DeclaredMethod method : methods) {
            if (!cachedLocations.containsKey(method.location()) || declares(method.className(), "method " + method.methodName() + " " + method.descriptor(),
                    descriptor, annotation + " method '" + method.displayName() + "'", method.location(),
                    "It will not run.")) {
                kept.add(method);
            }
        }
        return kept;
    }

    private boolean contributes(DeclaredContribution item) {
        String refusal = "It is not added to section '" + item.section() + "'.";
        Map<String, Set<String>> members = annotations(item.location(), item.className());
        if (members == UNREADABLE) {
            return unreadable(item.subject(), item.className(), item.location(), refusal);
        }
        String expected = ClassFileAnnotations.CONTRIBUTE + "=L" + item.section().replace('.', '/') + ";";
        if (item.kind() != MemberKind.METHOD) {
            // Why a lookup, not a walk over the members: a class with a thousand contributed fields would
            // otherwise cost a million comparisons.
            Set<String> annotations = members.get(item.kind() == MemberKind.CLASS ? "class"
                    : "field " + item.memberName());
            return annotations != null && annotations.contains(expected)
                    || refuse(item.subject(), item.className(), item.location(), refusal);
        }
        String method = "method " + item.memberName() + " ()";
        for (Map.Entry<String, Set<String>> member : members.entrySet()) {
            if (member.getKey().startsWith(method) && member.getValue().contains(expected)) {
                return true;
            }
        }
        return refuse(item.subject(), item.className(), item.location(), refusal);
    }

    private boolean declares(String className, String member, String annotation, String subject, String location,
            String refusal) {
        Map<String, Set<String>> members = annotations(location, className);
        if (members == UNREADABLE) {
            return unreadable(subject, className, location, refusal);
        }
        Set<String> annotations = members.get(member);
        return annotations != null && annotations.contains(annotation)
                || refuse(subject, className, location, refusal);
    }

    private boolean refuse(String subject, String className, String location, String refusal) {
        String hint = cachedLocations.get(location);
        problems.add(Problem.error(ProblemCode.CACHE_MISMATCH, subject, "is listed in " + hint + ", but class '"
                + className + "' as the JVM loads it does not declare it", location, refusal,
                hint.startsWith("the class-path index") ? "The class-path index was edited, or built from other"
                + " jars: build it again with 'java -jar premain-agent.jar index', or start with classpath-index=off."
                : "A cache file was edited or is stale: delete the scan cache directory, or start with cache=off."));
        return false;
    }

    /**
     * A class file that cannot be read vouches for nothing, unless the JVM cannot load the class
     * either: then nothing of it can run, and linking reports the missing class with its cause.
     */
    private boolean unreadable(String subject, String className, String location, String refusal) {
        if (origins.origin(className) == null) {
            return true;
        }
        problems.add(Problem.error(ProblemCode.CLASS_UNREADABLE, subject, "cannot be checked: the class file of '"
                + className + "' cannot be read or parsed in this entry, although the JVM loads the class from"
                + " it", location, refusal, "Rebuild the entry with a supported compiler; if the class file is"
                + " sound, report it as a Premain bug."));
        return false;
    }

    /** The class's Premain annotations, read once, or {@link #UNREADABLE}. */
    private Map<String, Set<String>> annotations(String location, String className) {
        Map<String, Set<String>> members = read.get(className);
        if (members == null) {
            // Why the record's own location: the origin check already found that the JVM loads it from there.
            byte[] bytes = files.read(location, className);
            try {
                members = bytes == null ? UNREADABLE : ClassFileAnnotations.of(bytes);
            } catch (IOException | RuntimeException e) {
                members = UNREADABLE; // Why: an unparseable class file vouches for nothing.
            }
            read.put(className, members);
        }
        return members;
    }
}
