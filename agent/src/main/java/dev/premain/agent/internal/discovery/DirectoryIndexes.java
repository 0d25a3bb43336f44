package dev.premain.agent.internal.discovery;

import dev.premain.agent.internal.discovery.index.IndexFile;
import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.MemberKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The indexes of a directory: an IDE's or a build's output, which compilers fill piece by piece
 * (a partial recompile writes a second index for the classes it recompiled; a deleted or renamed
 * class leaves its old index behind). There, leftovers never stop a launch; what is really there
 * wins:
 * <ul>
 *   <li>each class is described by the newest index that covers it; older ones are ignored for it;</li>
 *   <li>an index's records for a class that is no longer there are ignored;</li>
 *   <li>a class whose Premain annotations, read from its class file, differ from what its index
 *       says (it was recompiled without the annotation processor) is not covered: it is scanned.</li>
 * </ul>
 * All this is said in one line with {@code verbose=info}. Jars keep the strict checks: a jar is
 * built once, so a mismatch there is a broken build, not work in progress.
 */
final class DirectoryIndexes {
    /** One index read from the directory, with its file's modification time. */
    record Read(String entry, IndexFile index, long modified) {
    }

    private final String directory;
    private final Set<String> covered = new HashSet<>();
    private int missing;
    private int superseded;
    private int recompiled;

    DirectoryIndexes(String directory) {
        this.directory = directory;
    }

    /** The classes some index speaks for after {@link #reconcile}, less those {@link #verify} uncovered. */
    Set<String> covered() {
        return covered;
    }

    /**
     * What the indexes declare, each class taken from the newest index that covers it.
     *
     * @param indexes the indexes, in any order
     * @param classes the classes the directory holds
     */
    Declarations reconcile(List<Read> indexes, Set<String> classes) {
        List<Read> newestFirst = new ArrayList<>(indexes);
        newestFirst.sort(Comparator.comparingLong(Read::modified).reversed().thenComparing(Read::entry));
        Declarations found = Declarations.NONE;
        for (Read read : newestFirst) {
            Set<String> mine = new HashSet<>();
            for (String name : read.index().covers()) {
                if (!classes.contains(name)) {
                    missing++;
                } else if (covered.add(name)) {
                    mine.add(name);
                } else {
                    superseded++;
                }
            }
            found = found.plus(read.index().content().ofClasses(mine::contains));
        }
        return found;
    }

    /**
     * Compares each covered class's class file with what the indexes say of it; a class that
     * differs is uncovered and its records dropped, so the caller scans it.
     *
     * @param found what {@link #reconcile} returned
     * @param bytes reads a class file of the directory
     * @return {@code found} without the records of the classes that differ
     */
    Declarations verify(Declarations found, ElementReader.EntryBytes bytes) throws IOException {
        Map<String, Set<String>> declared = annotations(found);
        Set<String> differ = new HashSet<>();
        for (String name : new TreeSet<>(covered)) {
            byte[] classFile = bytes.read(name.replace('.', '/') + ".class");
            Set<String> actual;
            try {
                actual = ClassFileFilter.mentionsPremain(classFile) ? flatten(ClassFileAnnotations.of(classFile))
                        : Set.of();
            } catch (IOException e) {
                actual = null; // Why: a scan reports a class file that cannot be parsed, with its cause.
            }
            if (actual == null || !actual.equals(declared.getOrDefault(name, Set.of()))) {
                differ.add(name);
            }
        }
        recompiled = differ.size();
        covered.removeAll(differ);
        return found.ofClasses(covered::contains);
    }

    /** Says, once, what was set aside. */
    void report() {
        if (missing + superseded + recompiled > 0) {
            Diagnostics.detail("Directory '" + directory + "' holds Premain indexes left over from earlier compiles: "
                    + missing + " listed classes are no longer there, " + superseded + " are listed again by a newer"
                    + " index, and " + recompiled + " were recompiled without the annotation processor (scanned"
                    + " instead). The newest index of each class is used.");
        }
    }

    /** The Premain annotations the records claim, per class, in the form {@link #flatten} gives. */
    private static Map<String, Set<String>> annotations(Declarations found) {
        Map<String, Set<String>> byClass = new HashMap<>();
        for (DeclaredMethod ctor : found.ctors()) {
            add(byClass, ctor.className(), "method " + ctor.methodName() + " Ldev/premain/Ctor;");
        }
        for (DeclaredMethod dtor : found.dtors()) {
            add(byClass, dtor.className(), "method " + dtor.methodName() + " Ldev/premain/Dtor;");
        }
        for (DeclaredSection section : found.sections()) {
            add(byClass, section.holder(), "field " + section.fieldName() + " Ldev/premain/Section;");
        }
        for (DeclaredContribution item : found.contributions()) {
            String member = item.kind() == MemberKind.CLASS ? "class" : (item.kind() == MemberKind.FIELD ? "field "
                    : "method ") + item.memberName();
            add(byClass, item.className(), member + " " + ClassFileAnnotations.CONTRIBUTE + "=L"
                    + item.section().replace('.', '/') + ";");
        }
        return byClass;
    }

    private static void add(Map<String, Set<String>> byClass, String className, String annotation) {
        byClass.computeIfAbsent(className, name -> new HashSet<>()).add(annotation);
    }

    /**
     * A class file's Premain annotations as {@code KIND NAME ANNOTATION} strings, without method
     * descriptors (records of contributions do not carry them) and with {@code @Contribute} only in
     * its {@code =SECTION} form.
     */
    private static Set<String> flatten(Map<String, Set<String>> members) {
        Set<String> flat = new HashSet<>();
        for (Map.Entry<String, Set<String>> member : members.entrySet()) {
            String key = member.getKey();
            int descriptor = key.startsWith("method ") ? key.indexOf(' ', "method ".length()) : -1;
            String name = descriptor < 0 ? key : key.substring(0, descriptor);
            for (String annotation : member.getValue()) {
                if (!annotation.equals(ClassFileAnnotations.CONTRIBUTE)) {
                    flat.add(name + " " + annotation);
                }
            }
        }
        return flat;
    }
}
