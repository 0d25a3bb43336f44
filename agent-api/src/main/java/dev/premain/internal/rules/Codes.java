package dev.premain.internal.rules;

/** The stable codes of the shape rules; tools match on these, never on the text. */
public final class Codes {
    /** A {@code @Ctor} method that is not {@code static void name()}. */
    public static final String CTOR_SHAPE = "ctor-shape";
    /** A {@code @Dtor} method that is not {@code static void name()}. */
    public static final String DTOR_SHAPE = "dtor-shape";
    /** A class with more than one {@code @Section} field. */
    public static final String SECTION_DECLARED_TWICE = "section-declared-twice";
    /** A {@code @Section} field that is not {@code static final}. */
    public static final String SECTION_SHAPE = "section-shape";
    /** A {@code @Section} field whose type is not a section type. */
    public static final String SECTION_TYPE = "section-type";
    /** A {@code @Section} field whose element type is not a class. */
    public static final String SECTION_ELEMENT_TYPE = "section-element-type";
    /** A {@code @Contribute} member or class of the wrong shape. */
    public static final String CONTRIBUTION_SHAPE = "contribution-shape";
    /** A {@code @Contribute} naming a class that declares no valid section. */
    public static final String CONTRIBUTION_NO_SECTION = "contribution-no-section";
    /** A {@code @Contribute} whose type the section does not hold. */
    public static final String CONTRIBUTION_TYPE = "contribution-type";

    private Codes() {
    }

    /**
     * The code for a broken {@code @Ctor} or {@code @Dtor} shape.
     *
     * @param annotation {@code @Ctor} or {@code @Dtor}
     * @return the code
     */
    public static String methodShape(String annotation) {
        return annotation.equals("@Dtor") ? DTOR_SHAPE : CTOR_SHAPE;
    }
}
