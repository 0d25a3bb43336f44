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
    /** How far the search may jump when the byte under the prefix's last position is this one (Horspool). */
    private static final int[] SKIP = skipTable();

    private ClassFileFilter() {
    }

    /**
     * Whether the bytes hold {@code Ldev/premain/} followed by one of the annotation names.
     * Why a skip search (Horspool): every class of every jar without an index passes here, and
     * jumping by up to the prefix's length checks about a tenth of the bytes a plain scan would.
     */
    public static boolean mentionsPremain(byte[] classFile) {
        int end = PREFIX.length - 1;
        for (int i = 0; i + end < classFile.length; i += SKIP[classFile[i + end] & 0xff]) {
            if (startsWithPrefix(classFile, i) && endsWithAnnotationName(classFile, i + PREFIX.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithPrefix(byte[] bytes, int at) {
        for (int j = PREFIX.length - 1; j >= 0; j--) {
            if (bytes[at + j] != PREFIX[j]) {
                return false;
            }
        }
        return true;
    }

    private static int[] skipTable() {
        int[] skip = new int[256];
        java.util.Arrays.fill(skip, PREFIX.length);
        for (int j = 0; j < PREFIX.length - 1; j++) {
            skip[PREFIX[j] & 0xff] = PREFIX.length - 1 - j;
        }
        return skip;
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
