/**
 * Premain's public API: {@link dev.premain.Ctor}, {@link dev.premain.Dtor}, section declarations
 * and the section types. Only {@code dev.premain} is exported. The annotation processor that checks
 * their use and writes the build-time index is not here: it is the separate artifact
 * {@code premain-processor}, for the compiler's processor path only.
 */
module dev.premain {
    exports dev.premain;
}
