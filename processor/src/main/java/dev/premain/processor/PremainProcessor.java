package dev.premain.processor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * The Premain annotation processor: reports every misuse of {@code @Ctor}, {@code @Dtor},
 * {@code @Section} and {@code @Contribute} as a compile error, and writes the compilation's index,
 * {@code META-INF/premain/index/<ID>.idx}, which the agent reads instead of scanning the classes
 * it covers (the format is docs/INDEX-FORMAT.md).
 *
 * <p>It ships in {@code dev.premain:premain-processor}, which goes on the compiler's processor path
 * (Maven's {@code annotationProcessorPaths}, Gradle's {@code annotationProcessor}), never on the
 * class path, so applications do not carry it at run time. It needs {@code premain-api} beside it
 * on the processor path, for the shared rulebook; both build tools resolve that dependency
 * transitively ({@code javac -processorpath} by hand: name both jars). javac then finds both
 * processors through the service file; naming processors explicitly with {@code -processor},
 * name both, this one first. The one option, {@code -Apremain.index.id=NAME}, names the index
 * file instead of the default hash of the compilation's class names.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>every compilation it takes part in is indexed, with or without Premain annotations, so the
 *       agent trusts the index for exactly the classes the compilation produced;</li>
 *   <li>the same sources give byte-identical index files;</li>
 *   <li>no index is written when it finds a misuse, or when any error is reported while
 *       annotations are processed;</li>
 *   <li>it claims no annotation, so other processors still see every annotation; its companion
 *       {@link ClaimProcessor}, registered after it, claims Premain's four so that
 *       {@code -Xlint:all -Werror} builds stay green.</li>
 * </ul>
 * Non-guarantees: local and anonymous classes are invisible to annotation processors, so they are
 * not covered and the agent scans them.
 *
 * @since 0.1
 */
public final class PremainProcessor extends AbstractProcessor {
    static final String ID_OPTION = "premain.index.id";
    static final String INDEX_DIRECTORY = "META-INF/premain/index/";
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._-]+");

    private final CompilationIndex index = new CompilationIndex();
    // Why names, not elements: javac may replace a round's elements in the next round.
    private final Set<String> deferred = new TreeSet<>();
    private RoundScanner scanner;
    private boolean errorRaised;

    /** Creates the processor; javac does, through the service loader. */
    public PremainProcessor() {
    }

    /** Prepares the scanner for this compilation; javac calls it once, before the first round. */
    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        scanner = new RoundScanner(env, index);
    }

    /**
     * Every annotation, {@code *}: the processor must see every class of the compilation, even
     * one without annotations, to cover it in the index.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    /**
     * The newest source version of the running javac: the processor reads only annotations and
     * declarations, which every newer language version keeps.
     */
    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    /** The one option, {@code premain.index.id}: the index file's name instead of the default hash. */
    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(ID_OPTION);
    }

    /** Scans this round's classes; in the last round, writes the index unless there were errors. */
    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement type : typesToScan(round)) {
            if (round.processingOver() || AnnotationReader.isResolved(type)) {
                scanner.scan(type);
            } else {
                deferred.add(type.getQualifiedName().toString());
            }
        }
        errorRaised |= round.errorRaised();
        if (round.processingOver() && !scanner.failed() && !errorRaised) {
            write();
        }
        return false; // Why: claiming "*" would hide every annotation from the processors after this one.
    }

    /**
     * This round's new classes, and those deferred from earlier rounds because a class that their
     * annotations name did not resolve yet: another processor may have generated it since.
     */
    private List<TypeElement> typesToScan(RoundEnvironment round) {
        List<TypeElement> types = new ArrayList<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        deferred.clear();
        types.addAll(ElementFilter.typesIn(round.getRootElements()));
        return types;
    }

    private void write() {
        String id = id();
        if (id == null) {
            return;
        }
        String path = INDEX_DIRECTORY + id + ".idx";
        try (OutputStream out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path)
                .openOutputStream()) {
            out.write(index.text().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            error("Cannot write the Premain index '" + path + "': " + e.getMessage() + ". The agent would scan"
                    + " these classes at every start instead. Check that the class output directory is writable and"
                    + " that no other processor writes this file.");
        }
    }

    /** The index ID: the option's value if valid, else the default; {@code null} after an error. */
    private String id() {
        if (!processingEnv.getOptions().containsKey(ID_OPTION)) {
            return index.defaultId();
        }
        String id = processingEnv.getOptions().get(ID_OPTION);
        if (id != null && VALID_ID.matcher(id).matches()) {
            return id;
        }
        error("Processor option -A" + ID_OPTION + "='" + (id == null ? "" : id) + "' is not a valid index ID."
                + " No index is written. Use only letters, digits, '.', '-' and '_', as in -A" + ID_OPTION
                + "=acme-db.");
        return null;
    }

    private void error(String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message);
    }
}
