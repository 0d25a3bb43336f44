package dev.premain.agent.internal.discovery.index;

import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Writes the index format (docs/INDEX-FORMAT.md); the scan cache stores each jar's result in it. */
public final class IndexWriter {
    private IndexWriter() {
    }

    public static String write(Set<String> covers, Declarations content) {
        StringBuilder text = new StringBuilder(IndexCodec.HEADER).append('\n');
        new TreeSet<>(covers).forEach(name -> text.append("covers ").append(name).append('\n'));
        lines("ctor", content.ctors(), text);
        lines("dtor", content.dtors(), text);
        List<String> records = new ArrayList<>();
        for (DeclaredSection s : content.sections()) {
            records.add(String.join(" ", "section", s.holder(), s.fieldName(), Integer.toString(s.modifiers()),
                    s.sectionType(), IndexCodec.orAbsent(s.elementType())));
        }
        for (DeclaredContribution c : content.contributions()) {
            records.add(String.join(" ", "contribute", c.section(), c.className(), IndexCodec.orAbsent(c.memberName()),
                    c.kind().name(), Integer.toString(c.modifiers()), c.type(), Boolean.toString(c.hasParameters()),
                    IndexCodec.encodeConstant(c.constant())));
        }
        records.stream().sorted().forEach(line -> text.append(line).append('\n'));
        String checksum = IndexCodec.checksum(text.toString());
        return text.append("checksum ").append(checksum).append('\n').toString();
    }

    private static void lines(String kind, List<DeclaredMethod> methods, StringBuilder text) {
        methods.stream().map(m -> String.join(" ", kind, m.className(), m.methodName(), m.descriptor(),
                Integer.toString(m.modifiers()), Integer.toString(m.priority()),
                m.after().isEmpty() ? IndexCodec.ABSENT : String.join(",", m.after())))
                .sorted().forEach(line -> text.append(line).append('\n'));
    }
}
