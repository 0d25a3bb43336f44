package dev.premain.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** A test processor that generates a section holder, {@code gen.Generated}, in the first round. */
public final class SectionGenerator extends AbstractProcessor {
    private boolean done;

    /** Creates the processor. */
    public SectionGenerator() {
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!done) {
            done = true;
            try (Writer out = processingEnv.getFiler().createSourceFile("gen.Generated").openWriter()) {
                out.write("package gen; import dev.premain.*; public final class Generated {"
                        + " @Section public static final ImmutableSection<Runnable> ALL = null;"
                        + " @Ctor static void init() { } }");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }
}
