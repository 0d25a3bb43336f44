package dev.premain.agent.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.agent.internal.AcmeLibrary;
import dev.premain.agent.internal.Archives;
import dev.premain.agent.internal.Reported;
import dev.premain.agent.internal.discovery.cache.JarIdentity;
import dev.premain.agent.internal.discovery.index.IndexWriter;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.options.IndexMode;
import dev.premain.agent.internal.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One jar or directory: its indexes, and the pre-filter over every class no index covers. */
public class ElementReaderTest {
    private static final Declarations NOTHING = new Declarations(List.of(), List.of(), List.of(), List.of());
    private static final String OLD_INDEX = "META-INF/premain/index/old.idx";

    @TempDir
    public Path work;
    private final Problems problems = new Problems();

    @Test
    public void anIndexedJarGivesItsRecordsAndNoCandidates() throws IOException {
        Path jar = Archives.write(work.resolve("acme.jar"), AcmeLibrary.indexed());

        ElementScan content = read(jar, IndexMode.PREFER);

        assertEquals(AcmeLibrary.declared(jar.toString()), content.found());
        assertEquals(Set.of(), content.candidates());
        assertEquals(List.of(), problems.all());
        assertFalse(content.cacheable()); // Why: its own index is as cheap to read as a cache file.
    }

    @Test
    public void anIndexedDirectoryGivesItsRecordsAndNoCandidates() throws IOException {
        Path classes = Archives.directory(work.resolve("classes"), AcmeLibrary.indexed());

        ElementScan content = read(classes, IndexMode.PREFER);

        assertEquals(AcmeLibrary.declared(classes.toString()), content.found());
        assertEquals(Set.of(), content.candidates());
        assertEquals(List.of(), problems.all());
    }

    @Test
    public void anUnindexedJarGivesExactlyTheAnnotatedClassesAsCandidates() throws IOException {
        ElementScan content = read(Archives.write(work.resolve("acme.jar"), AcmeLibrary.plain()), IndexMode.PREFER);

        assertEquals(AcmeLibrary.CANDIDATES, List.copyOf(content.candidates()));
        assertEquals(AcmeLibrary.declared(content.location()), content.found());
        assertEquals(List.of(), problems.all());
        assertTrue(content.cacheable());
    }

    @Test
    public void anUnindexedDirectoryGivesExactlyTheAnnotatedClassesAsCandidates() throws IOException {
        ElementScan content = read(Archives.directory(work.resolve("classes"), AcmeLibrary.plain()),
                IndexMode.PREFER);

        assertEquals(AcmeLibrary.CANDIDATES, List.copyOf(content.candidates()));
        assertEquals(List.of(), problems.all());
    }

    @Test
    public void versionedClassesModuleInfoAndOtherFilesAreNoCandidates() throws IOException {
        Map<String, byte[]> entries = AcmeLibrary.plain();
        byte[] annotated = entries.get("acme/Startup.class");
        entries.put("META-INF/versions/11/acme/Startup.class", annotated);
        entries.put("META-INF/acme/Hidden.class", annotated);
        entries.put("module-info.class", annotated);
        entries.put("acme/module-info.class", annotated);
        entries.put("acme/Startup.txt", annotated);
        entries.put("META-INF/premain/index/notes.txt", "not an index".getBytes(StandardCharsets.UTF_8));
        entries.put("META-INF/premain/acme.idx", "not read".getBytes(StandardCharsets.UTF_8));

        ElementScan content = read(Archives.write(work.resolve("acme.jar"), entries), IndexMode.PREFER);

        assertEquals(AcmeLibrary.CANDIDATES, List.copyOf(content.candidates()));
        assertEquals(List.of(), problems.all());
    }

    @Test
    public void classesAnIndexDoesNotCoverAreScanned() throws IOException {
        Map<String, byte[]> entries = AcmeLibrary.plain();
        Declarations declared = AcmeLibrary.declared("ignored");
        entries.put("META-INF/premain/index/part.idx", IndexWriter.write(Set.of("acme.Sections", "acme.Names"),
                new Declarations(List.of(), List.of(), declared.sections(), declared.contributions()))
                .getBytes(StandardCharsets.UTF_8));
        Path jar = Archives.write(work.resolve("acme.jar"), entries);

        ElementScan content = read(jar, IndexMode.PREFER);

        assertEquals(List.of("acme.Mentions", "acme.Startup", "acme.Startup$Inner", "acme.sub.Deep"),
                List.copyOf(content.candidates()));
        Declarations fromIndex = AcmeLibrary.declared(jar.toString());
        assertEquals(fromIndex, content.found(), "the index's records, then what the parse of the rest found");
        assertEquals(List.of(), problems.all());
    }

    @Test
    public void aStaleIndexThatListsAMissingClassIsAnErrorAndTheClassesAreScanned() throws IOException {
        Map<String, byte[]> entries = AcmeLibrary.indexed();
        entries.remove("acme/Plain.class");
        Path jar = Archives.write(work.resolve("acme.jar"), entries);

        ElementScan content = read(jar, IndexMode.PREFER);

        assertEquals(List.of(Reported.error("Index 'META-INF/premain/index/acme.idx' in '" + jar + "' is stale: it lists"
                + " class 'acme.Plain', which is not there. The index is ignored and the classes are scanned instead."
                + " Rebuild the jar so the index matches its classes.")), Reported.of(problems));
        assertEquals(AcmeLibrary.CANDIDATES, List.copyOf(content.candidates()));
        assertEquals(AcmeLibrary.declared(content.location()), content.found());
        assertFalse(content.cacheable());
    }

    @Test
    public void anEditedIndexCannotBeTrustedAndTheClassesAreScanned() throws IOException {
        Map<String, byte[]> entries = AcmeLibrary.indexed();
        entries.put(AcmeLibrary.INDEX, AcmeLibrary.indexText().replace("init ()V 8 5", "init ()V 8 -5")
                .getBytes(StandardCharsets.UTF_8));
        Path jar = Archives.write(work.resolve("acme.jar"), entries);

        ElementScan content = read(jar, IndexMode.PREFER);

        assertEquals(List.of(Reported.error("Index 'META-INF/premain/index/acme.idx' in '" + jar + "' cannot be"
                + " trusted: its checksum does not match its content. The index is ignored and the classes are scanned"
                + " instead. Rebuild the jar with the Premain annotation processor; never edit an index by hand.")),
                Reported.of(problems));
        assertEquals(AcmeLibrary.CANDIDATES, List.copyOf(content.candidates()));
        assertEquals(AcmeLibrary.declared(content.location()), content.found());
        assertFalse(content.cacheable());
    }

    @Test
    public void twoIndexesThatCoverOneClassAreStaleAndEverythingIsScanned() throws IOException {
        Map<String, byte[]> entries = AcmeLibrary.indexed();
        entries.put(OLD_INDEX, entries.get(AcmeLibrary.INDEX));
        Path jar = Archives.write(work.resolve("acme.jar"), entries);

        ElementScan content = read(jar, IndexMode.PREFER);

        assertEquals(List.of(Reported.error("Index 'META-INF/premain/index/old.idx' in '" + jar + "' is stale: class"
                + " 'acme.Mentions' is also listed by another index there, so one of them is left over from an earlier"
                + " build. The indexes are ignored and the classes are scanned instead. Clean the build output and"
                + " rebuild.")), Reported.of(problems));
        assertEquals(AcmeLibrary.CANDIDATES, List.copyOf(content.candidates()));
        assertEquals(AcmeLibrary.declared(content.location()), content.found());
        assertFalse(content.cacheable());
    }

    @Test
    public void inAJarAnOverlapNamesTheFirstSharedClass() throws IOException {
        Map<String, byte[]> entries = AcmeLibrary.indexed();
        entries.put(OLD_INDEX, IndexWriter.write(Set.of("acme.sub.Deep", "acme.Startup$Inner"), NOTHING)
                .getBytes(StandardCharsets.UTF_8));
        Path jar = Archives.write(work.resolve("acme.jar"), entries);

        ElementScan content = read(jar, IndexMode.PREFER);

        assertEquals(List.of(Reported.error("Index 'META-INF/premain/index/old.idx' in '" + jar + "' is stale:"
                + " class 'acme.Startup$Inner' is also listed by another index there, so one of them is left over from"
                + " an earlier build. The indexes are ignored and the classes are scanned instead. Clean the build"
                + " output and rebuild.")), Reported.of(problems));
        assertEquals(AcmeLibrary.CANDIDATES, List.copyOf(content.candidates()));
        assertEquals(AcmeLibrary.declared(content.location()), content.found());
    }

    @Test
    public void inADirectoryTheNewestIndexOfEachClassWinsWithoutAProblem() throws IOException {
        Map<String, byte[]> entries = AcmeLibrary.indexed();
        // The newer index: a partial recompile of acme.sub.Deep after its @Ctor was removed.
        entries.put(OLD_INDEX, IndexWriter.write(Set.of("acme.sub.Deep"), NOTHING).getBytes(StandardCharsets.UTF_8));
        Path directory = Archives.directory(work.resolve("classes"), entries);
        Files.setLastModifiedTime(directory.resolve(AcmeLibrary.INDEX), FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(directory.resolve(OLD_INDEX), FileTime.fromMillis(1_000_000_001_000L));

        ElementScan content = read(directory, IndexMode.PREFER);

        assertEquals(List.of(), Reported.of(problems));
        // Deep's class file still has its @Ctor (it was not really recompiled here), so it disagrees with the newest
        // index and is scanned: what is really there wins, and its ctor comes from its class file.
        assertEquals(Set.of("acme.sub.Deep"), content.candidates());
        assertTrue(content.found().ctors().stream().anyMatch(c -> c.className().equals("acme.sub.Deep")));
        assertEquals(3, content.found().ctors().size());
    }

    @Test
    public void inADirectoryAnIndexListingAClassThatIsGoneIsALeftoverNotAProblem() throws IOException {
        Map<String, byte[]> entries = AcmeLibrary.indexed();
        entries.put(OLD_INDEX, IndexWriter.write(Set.of("acme.sub.Deep", "acme.Gone"), NOTHING)
                .getBytes(StandardCharsets.UTF_8));
        Path directory = Archives.directory(work.resolve("classes"), entries);
        Files.setLastModifiedTime(directory.resolve(OLD_INDEX), FileTime.fromMillis(1_000_000_000_000L));

        ElementScan content = read(directory, IndexMode.PREFER);

        assertEquals(List.of(), Reported.of(problems));
        assertEquals(Set.of(), content.candidates());
        assertEquals(AcmeLibrary.declared(directory.toString()), content.found());
    }

    @Test
    public void inADirectoryAClassRecompiledWithoutTheProcessorIsScannedNotTrusted() throws IOException {
        Map<String, byte[]> entries = AcmeLibrary.indexed();
        entries.put("acme/Startup.class", entries.get("acme/Plain.class")); // Its annotations are gone.
        Path directory = Archives.directory(work.resolve("classes"), entries);

        ElementScan content = read(directory, IndexMode.PREFER);

        assertEquals(List.of(), Reported.of(problems));
        assertFalse(content.found().ctors().stream().anyMatch(c -> c.className().equals("acme.Startup")));
        assertEquals(List.of(), content.found().dtors());
        assertEquals(Set.of(), content.candidates(), "its bytes mention no Premain annotation, so nothing to parse");
    }

    @Test
    public void indexOffScansEverythingAndReadsNoIndex() throws IOException {
        Map<String, byte[]> entries = AcmeLibrary.indexed();
        entries.put(OLD_INDEX, "premain-index 1\ngarbage\n".getBytes(StandardCharsets.UTF_8));

        ElementScan content = read(Archives.write(work.resolve("acme.jar"), entries), IndexMode.OFF);

        assertEquals(AcmeLibrary.CANDIDATES, List.copyOf(content.candidates()));
        assertEquals(AcmeLibrary.declared(content.location()), content.found());
        assertEquals(List.of(), problems.all());
    }

    @Test
    public void indexOnlyReadsIndexesAndScansNothing() throws IOException {
        Path indexed = Archives.write(work.resolve("indexed.jar"), AcmeLibrary.indexed());
        Path plain = Archives.write(work.resolve("plain.jar"), AcmeLibrary.plain());

        ElementScan fromIndex = read(indexed, IndexMode.ONLY);
        ElementScan unindexed = read(plain, IndexMode.ONLY);

        assertEquals(AcmeLibrary.declared(indexed.toString()), fromIndex.found());
        assertEquals(Set.of(), fromIndex.candidates());
        assertEquals(NOTHING, unindexed.found());
        assertEquals(Set.of(), unindexed.candidates());
        assertEquals(List.of(), problems.all());
    }

    @Test
    public void indexOnlyWithAStaleIndexReportsItAndScansNothing() throws IOException {
        Map<String, byte[]> entries = AcmeLibrary.indexed();
        entries.remove("acme/Plain.class");
        Path jar = Archives.write(work.resolve("acme.jar"), entries);

        ElementScan content = read(jar, IndexMode.ONLY);

        assertEquals(1, problems.all().size());
        assertTrue(problems.all().get(0).text().contains("is stale: it lists class 'acme.Plain'"), problems.all().toString());
        assertEquals(Set.of(), content.candidates());
        assertEquals(NOTHING, content.found());
    }

    @Test
    public void recordsAndCandidatesOutsideTheScopeAreLeftOut() throws IOException {
        Scope sub = new Scope(List.of("acme.sub"));
        Path indexed = Archives.write(work.resolve("indexed.jar"), AcmeLibrary.indexed());
        Path plain = Archives.write(work.resolve("plain.jar"), AcmeLibrary.plain());

        ElementScan fromIndex = read(indexed, IndexMode.PREFER, sub);
        ElementScan scanned = read(plain, IndexMode.PREFER, sub);

        assertEquals(new Declarations(List.of(new DeclaredMethod("acme.sub.Deep", "deep", "()V", 8, 0, List.of(),
                indexed.toString())), List.of(), List.of(), List.of()), fromIndex.found());
        assertEquals(Set.of(), fromIndex.candidates());
        assertEquals(List.of("acme.sub.Deep"), List.copyOf(scanned.candidates()));
    }

    @Test
    public void aFileThatIsNoJarIsAnIoException() throws IOException {
        Path text = Files.writeString(work.resolve("notes.jar"), "not a zip file");

        assertThrows(ZipException.class, () -> read(text, IndexMode.PREFER));
    }

    /**
     * A hostile class file: a Premain ctor, and an annotation whose value nests arrays deeper than
     * any stack can parse. It is this class's problem, said as such; the other classes still count.
     */
    @Test
    public void aClassNestedTooDeepToParseIsAWarningNotACrash() throws IOException {
        org.objectweb.asm.ClassWriter writer = new org.objectweb.asm.ClassWriter(0);
        writer.visit(org.objectweb.asm.Opcodes.V17, org.objectweb.asm.Opcodes.ACC_PUBLIC, "acme/Deep", null,
                "java/lang/Object", null);
        org.objectweb.asm.AnnotationVisitor nested = writer.visitAnnotation("Lacme/Any;", true);
        java.util.List<org.objectweb.asm.AnnotationVisitor> levels = new java.util.ArrayList<>();
        for (int i = 0; i < 400_000; i++) {
            levels.add(nested);
            nested = nested.visitArray("value");
        }
        for (int i = levels.size() - 1; i >= 0; i--) {
            nested.visitEnd();
            nested = levels.get(i);
        }
        nested.visitEnd();
        org.objectweb.asm.MethodVisitor init = writer.visitMethod(org.objectweb.asm.Opcodes.ACC_STATIC, "init", "()V",
                null, null);
        init.visitAnnotation("Ldev/premain/Ctor;", true).visitEnd();
        init.visitEnd();
        writer.visitEnd();
        Map<String, byte[]> entries = AcmeLibrary.plain();
        entries.put("acme/Deep.class", writer.toByteArray());

        ElementScan content = read(Archives.write(work.resolve("deep.jar"), entries), IndexMode.PREFER);

        assertEquals(List.of(Reported.warning("Class 'acme.Deep' mentions Premain annotations, but its class file"
                + " cannot be parsed (it may be corrupt, or from a newer Java) (in " + content.location() + ")."
                + " Its ctors and contributions, if it has any, are missing. Rebuild the jar; if the JVM cannot load"
                + " the class either, nothing is lost.")), Reported.of(problems));
        assertEquals(AcmeLibrary.declared(content.location()), content.found());
    }

    private ElementScan read(Path element, IndexMode mode) throws IOException {
        return read(element, mode, new Scope(List.of()));
    }

    private ElementScan read(Path element, IndexMode mode, Scope inScope) throws IOException {
        return new ElementReader(element, Files.isDirectory(element) ? null : new JarIdentity(1, 2, 3), mode, inScope,
                problems).read();
    }
}
