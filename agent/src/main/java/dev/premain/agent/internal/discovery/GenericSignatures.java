package dev.premain.agent.internal.discovery;

/**
 * Reads what Premain needs from a field's generic signature (JVMS 4.7.9.1): the last type argument
 * of its class type, which names a section's element type ({@code T} of {@code ImmutableSection<T>},
 * {@code V} of {@code MapSection<K, V>}). A hand-written reader of a few dozen lines, because ASM's
 * visitor for signatures would load and drive a dozen classes for one string, before main.
 */
final class GenericSignatures {
    private GenericSignatures() {
    }

    /**
     * The binary name of the last type argument of a class type signature, when that argument is a
     * class type (not a wildcard, type variable or array); else {@code null}.
     *
     * @param signature a field signature such as {@code Ldev/premain/ImmutableSection<Ljava/lang/String;>;},
     *     or {@code null} for a field without generics
     */
    static String lastTypeArgument(String signature) {
        if (signature == null || !signature.startsWith("L")) {
            return null;
        }
        int at = 1;
        while (at < signature.length() && "<;.".indexOf(signature.charAt(at)) < 0) {
            at++;
        }
        if (at >= signature.length() || signature.charAt(at) != '<') {
            return null;
        }
        at++;
        String last = null;
        while (at < signature.length() && signature.charAt(at) != '>') {
            char c = signature.charAt(at);
            if (c == '*') {
                last = null;
                at++;
                continue;
            }
            boolean wildcard = c == '+' || c == '-';
            int start = wildcard ? at + 1 : at;
            int end = endOfType(signature, start);
            last = wildcard ? null : className(signature, start);
            at = end;
        }
        return last;
    }

    /** Where the type signature starting at {@code at} ends (the index after it). */
    private static int endOfType(String signature, int at) {
        while (at < signature.length() - 1 && signature.charAt(at) == '[') {
            at++; // Why a loop, not recursion: a hostile signature may nest arrays a hundred thousand deep.
        }
        char c = signature.charAt(at);
        if (c != 'L' && c != 'T') {
            return at + 1; // Why: a base type is one letter.
        }
        int depth = 0;
        for (int i = at + 1; i < signature.length(); i++) {
            char d = signature.charAt(i);
            if (d == '<') {
                depth++;
            } else if (d == '>') {
                depth--;
            } else if (d == ';' && depth == 0) {
                return i + 1;
            }
        }
        return signature.length();
    }

    /** The binary name of the class type at {@code at}, inner classes joined with {@code $}; else {@code null}. */
    private static String className(String signature, int at) {
        if (at >= signature.length() || signature.charAt(at) != 'L') {
            return null;
        }
        StringBuilder name = new StringBuilder();
        int depth = 0;
        for (int i = at + 1; i < signature.length(); i++) {
            char c = signature.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (depth == 0) {
                if (c == ';') {
                    break;
                }
                name.append(c == '/' ? '.' : c == '.' ? '$' : c);
            }
        }
        return name.toString();
    }
}
