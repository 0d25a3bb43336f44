package dev.premain.agent.internal.analysis;

/**
 * Where the JVM really takes a class from: the authority that an index or cache record's claimed
 * location is checked against, so a record can neither borrow another jar's class nor vouch for a
 * copy that the JVM never loads.
 */
public interface ClassOrigins {
    /**
     * The class-path entry the JVM loads {@code className} from.
     *
     * @param className a binary class name
     * @return the entry's real path as text; {@code "the JDK"} (or another description starting with
     *     {@code "the "}) when it comes from no class-path entry; or {@code null} when the class cannot
     *     be loaded (linking reports that, with its cause)
     */
    String origin(String className);
}
