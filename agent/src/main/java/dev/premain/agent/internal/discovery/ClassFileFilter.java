package dev.premain.agent.internal.discovery;

import java.nio.charset.StandardCharsets;

/**
 * The cheap pre-filter: whether a class file's bytes mention a Premain annotation at all. Every
 * annotation use stores the descriptor {@code Ldev/premain/Name;} as a UTF-8 constant, so a class
 * without that byte sequence cannot carry one, and nothing needs to parse it.
 */
public final class ClassFileFilter {
    private static final byte[] PREFIX = "Ldev/premain/".getBytes(StandardCharsets.UTF_8);
    private static final String[] NAMES = {"Ctor;", "Dtor;", "Section;", "Contribute;"};

    private ClassFileFilter() {
    }

    public static boolean mentionsPremain(byte[] classFile) {
        int last = classFile.length - PREFIX.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < PREFIX.length; j++) {
                if (classFile[i + j] != PREFIX[j]) {
                    continue outer;
                }
            }
            if (endsWithAnnotationName(classFile, i + PREFIX.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAnnotationName(byte[] bytes, int from) {
        for (String name : NAMES) {
            if (regionMatches(bytes, from, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatches(byte[] bytes, int from, String ascii) {
        if (from + ascii.length() > bytes.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (bytes[from + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
