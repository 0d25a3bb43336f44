package dev.premain.shade;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugins.shade.relocation.Relocator;

/** Renames the class names an index holds, in each shape it holds them, as the shade renames the classes. */
final class ClassNames {
    static final String ABSENT = "-";
    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float",
            "double", "void");
    private static final String ARRAY = "[]";

    private final List<Relocator> relocators;

    ClassNames(List<Relocator> relocators) {
        this.relocators = List.copyOf(relocators);
    }

    /**
     * A binary name ({@code com.acme.Outer$Inner}) relocated by the first relocator that takes it.
     *
     * <p>Why through the path methods: the shade renames each class file by its internal name
     * ({@code com/acme/Outer$Inner}) with {@code canRelocatePath}/{@code relocatePath}, and the index
     * must name the class exactly as its class file is then named. For the standard relocator the
     * class methods agree; for a {@code rawString} relocator only the path methods apply.
     */
    String binaryName(String name) {
        String path = name.replace('.', '/');
        for (Relocator relocator : relocators) {
            if (relocator.canRelocatePath(path)) {
                return relocator.relocatePath(path).replace('/', '.');
            }
        }
        return name;
    }

    /** A binary name, or {@code -} left as it is. */
    String binaryNameOrAbsent(String name) {
        return name.equals(ABSENT) ? name : binaryName(name);
    }

    /** A type as the format writes it: a primitive keyword, or a binary name, either with {@code []} suffixes. */
    String type(String type) {
        int end = type.length();
        while (type.startsWith(ARRAY, end - ARRAY.length())) {
            end -= ARRAY.length();
        }
        String element = type.substring(0, end);
        return PRIMITIVES.contains(element) ? type : binaryName(element) + type.substring(end);
    }

    /** A comma-joined list of binary names, or {@code -}. */
    String list(String names) {
        if (names.equals(ABSENT)) {
            return names;
        }
        List<String> relocated = new ArrayList<>();
        for (String name : names.split(",", -1)) {
            relocated.add(binaryName(name));
        }
        return String.join(",", relocated);
    }

    /** A JVM method descriptor, each {@code Lcom/acme/X;} in it relocated. */
    String descriptor(String descriptor) {
        StringBuilder out = new StringBuilder(descriptor.length());
        int at = 0;
        int start;
        // Why a plain search is exact: outside class names a descriptor holds only '(', ')', '[' and the
        // primitive letters, none of which is 'L', so each 'L' found here starts a class name.
        while ((start = descriptor.indexOf('L', at)) >= 0) {
            int end = descriptor.indexOf(';', start);
            if (end < 0) {
                break;
            }
            String internal = descriptor.substring(start + 1, end);
            out.append(descriptor, at, start + 1).append(binaryName(internal.replace('/', '.')).replace('.', '/'));
            at = end;
        }
        return out.append(descriptor, at, descriptor.length()).toString();
    }
}
