package dev.premain.agent.internal.model;

/** What a contribution is: a field's value, a factory method's result, or a new instance. */
public enum MemberKind {
    FIELD, METHOD, CLASS
}
