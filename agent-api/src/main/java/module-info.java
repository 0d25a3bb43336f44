/**
 * Premain's public API: {@link dev.premain.Ctor}, {@link dev.premain.Dtor}, section declarations
 * and the section types. Only {@code dev.premain} is exported.
 */
module dev.premain {
    exports dev.premain;
}
