/**
 * Premain's public API: {@link dev.premain.Ctor}, {@link dev.premain.Dtor}, section declarations
 * and the section types. Only {@code dev.premain} is exported; the annotation processor that
 * checks their use and writes the build-time index is provided as a service, not exported.
 */
module dev.premain {
    requires static java.compiler;

    exports dev.premain;

    // Why this order: ClaimProcessor claims the annotations, so PremainProcessor must see them first.
    provides javax.annotation.processing.Processor
            with dev.premain.processor.PremainProcessor, dev.premain.processor.ClaimProcessor;
}
