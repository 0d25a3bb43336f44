package dev.premain.processor;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims Premain's four annotations once {@link PremainProcessor} has seen them, so that javac's
 * {@code -Xlint:processing} does not warn "No processor claimed any of these annotations", which
 * would fail every {@code -Xlint:all -Werror} build.
 *
 * <p>Why a second processor: {@code PremainProcessor} supports {@code *} to see every class of the
 * compilation, and a {@code *} processor that claimed would claim every annotation, hiding them
 * from the processors after it. This one supports only Premain's annotations, so claiming hides
 * nothing else. It is listed after {@code PremainProcessor} in {@code premain-processor}'s service
 * file, so {@code PremainProcessor} sees them first: javac offers an annotation to the processors
 * in the order it found them, and to none after the first that claims it.
 *
 * @since 0.1
 */
public final class ClaimProcessor extends AbstractProcessor {
    /** Creates the processor; javac does, through the service loader. */
    public ClaimProcessor() {
    }

    /** Premain's four annotations: {@code @Ctor}, {@code @Dtor}, {@code @Section}, {@code @Contribute}. */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(AnnotationReader.CTOR, AnnotationReader.DTOR, AnnotationReader.SECTION,
                AnnotationReader.CONTRIBUTE);
    }

    /** The newest source version of the running javac, as {@link PremainProcessor}'s. */
    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    /** Claims the annotations; all the checking was done by {@link PremainProcessor}. */
    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return true;
    }
}
