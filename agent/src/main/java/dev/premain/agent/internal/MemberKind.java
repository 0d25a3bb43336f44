package dev.premain.agent.internal;

/** What a contribution is: a field's value, a factory method's result, or a new instance. */
enum MemberKind {
    FIELD, METHOD, CLASS
}
