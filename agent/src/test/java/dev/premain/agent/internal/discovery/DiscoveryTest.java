package dev.premain.agent.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.agent.internal.AcmeLibrary;
import dev.premain.agent.internal.Archives;
import dev.premain.agent.internal.Reported;
import dev.premain.agent.internal.discovery.cache.ScanCache;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.options.IndexMode;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan phase on real jars and directories: indexes, the pre-filter, ClassGraph, the caches. */
public class DiscoveryTest {
    private final Problems problems = new Problems();
    private static final List<Problem> NONE = List.of();

    @TempDir
    public Path temporary;
    private Path work;

    @BeforeEach
    public void realPaths() throws IOException {
        work = temporary.toRealPath(); // Why: Discovery reports each element by its real path.
    }

    @Test
    public void anUnindexedJarIsParsedAndTheFalsePositiveGivesNothing() throws IOException {
        Path jar = Archives.write(work.resolve("acme.jar"), AcmeLibrary.plain());

        Declarations found = new Discovery(IndexMode.PREFER, ScanCache.OFF, List.of(), problems).discover(List.of(jar));

        assertSameRecords(AcmeLibrary.declared(jar.toString()), found);
        assertEquals(NONE, problems.all());
    }

    @Test
    public void anIndexedJarGivesTheSameRecordsAsAScan() throws IOException {
        Path jar = Archives.write(work.resolve("acme.jar"), AcmeLibrary.indexed());

        Declarations found = new Discovery(IndexMode.PREFER, ScanCache.OFF, List.of(), problems).discover(List.of(jar));

        assertEquals(AcmeLibrary.declared(jar.toString()), found);
    }

    @Test
    public void missingAndUnreadableEntriesAreWarningsAndTheRestIsRead() throws IOException {
        Path missing = work.resolve("missing.jar");
        Path broken = Files.writeString(work.resolve("broken.jar"), "not a zip file");
        Path classes = Archives.directory(work.resolve("classes"), AcmeLibrary.indexed());

        Declarations found = new Discovery(IndexMode.PREFER, ScanCache.OFF, List.of(), problems)
                .discover(List.of(missing, broken, classes));

        assertEquals(List.of(Reported.warning("Class-path entry '" + missing + "' does not exist. Nothing is scanned"
                        + " from it. Fix the class path if it should contribute."),
                Reported.warning("Class-path entry '" + broken + "' is not a readable jar"
                        + " (java.util.zip.ZipException: zip END header not found). Nothing is scanned from it, and the"
                        + " JVM cannot load classes from it either. Rebuild or replace the jar.")), Reported.of(problems.all()));
        assertSameRecords(AcmeLibrary.declared(classes.toString()), found);
    }

    @Test
    public void aStaleIndexIsAnErrorAndItsClassesAreParsedInstead() throws IOException {
        Map<String, byte[]> entries = AcmeLibrary.indexed();
        entries.remove("acme/Plain.class");
        Path jar = Archives.write(work.resolve("acme.jar"), entries);

        Declarations found = new Discovery(IndexMode.PREFER, ScanCache.OFF, List.of(), problems).discover(List.of(jar));

        assertEquals(List.of(Reported.error("Index 'META-INF/premain/index/acme.idx' in '" + jar + "' is stale: it"
                + " lists class 'acme.Plain', which is not there. The index is ignored and the classes are scanned"
                + " instead. Rebuild the jar so the index matches its classes.")), Reported.of(problems.all()));
        assertSameRecords(AcmeLibrary.declared(jar.toString()), found);
    }

    @Test
    public void packagesRestrictTheScanAndTheIndexWithSubpackages() throws IOException {
        Path plain = Archives.write(work.resolve("plain.jar"), AcmeLibrary.plain());
        Path indexed = Archives.write(work.resolve("indexed.jar"), AcmeLibrary.indexed());

        Declarations found = new Discovery(IndexMode.PREFER, ScanCache.OFF, List.of("acme.sub"), problems)
                .discover(List.of(plain, indexed));

        assertEquals(new Declarations(List.of(deep(plain)), List.of(), List.of(), List.of()), found);
    }

    @Test
    public void aJarListedTwiceOrThroughALinkCountsOnce() throws IOException {
        Path indexed = Archives.write(work.resolve("acme-1.0.jar"), AcmeLibrary.indexed());
        Path link = Files.createSymbolicLink(work.resolve("current.jar"), indexed);

        Declarations found = new Discovery(IndexMode.PREFER, ScanCache.OFF, List.of(), problems)
                .discover(List.of(indexed, link, indexed));

        assertEquals(AcmeLibrary.declared(indexed.toString()), found);
    }

    @Test
    public void indexOnlyNeverParses() throws IOException {
        Path plain = Archives.write(work.resolve("plain.jar"), AcmeLibrary.plain());
        Path indexed = Archives.write(work.resolve("indexed.jar"), AcmeLibrary.indexed());

        Declarations found = new Discovery(IndexMode.ONLY, new ScanCache(work.resolve("cache"), problems), List.of(), problems)
                .discover(List.of(plain, indexed));

        assertEquals(AcmeLibrary.declared(indexed.toString()), found);
        // No per-jar entry (nothing was scanned); one for the whole class path, so the next start opens no jar.
        List<String> written = files(work.resolve("cache"));
        assertEquals(1, written.size(), written.toString());
        assertTrue(written.get(0).startsWith("classpath-"), written.toString());
    }

    @Test
    public void aSecondStartReadsTheCachesAndATouchedJarIsReadAgain() throws IOException {
        Path cacheDirectory = work.resolve("cache");
        Path plain = Archives.write(work.resolve("plain.jar"), AcmeLibrary.plain());
        List<Path> classPath = List.of(plain);

        Declarations first = new Discovery(IndexMode.PREFER, new ScanCache(cacheDirectory, problems), List.of(), problems).discover(classPath);
        List<String> written = files(cacheDirectory);
        Declarations second = new Discovery(IndexMode.PREFER, new ScanCache(cacheDirectory, problems), List.of(), problems).discover(classPath);
        Files.setLastModifiedTime(plain, FileTime.fromMillis(Files.getLastModifiedTime(plain).toMillis() - 5000));
        Declarations third = new Discovery(IndexMode.PREFER, new ScanCache(cacheDirectory, problems), List.of(), problems).discover(classPath);

        // One per-jar entry and one for the class path.
        assertEquals(2, written.size(), written.toString());
        assertEquals(1, written.stream().filter(name -> name.startsWith("classpath-")).count(), written.toString());
        assertEquals(NONE, problems.all());
        assertEquals(first, second);
        assertEquals(first, third);
        assertEquals(3, files(cacheDirectory).size()); // the touched jar's class path has its own entry
    }

    @Test
    public void aClassPathWithADirectoryIsNotCachedWhole() throws IOException {
        Path cacheDirectory = work.resolve("cache");
        Path classes = Archives.directory(work.resolve("classes"), AcmeLibrary.indexed());

        Declarations found = new Discovery(IndexMode.PREFER, new ScanCache(cacheDirectory, problems), List.of(), problems)
                .discover(List.of(classes));

        assertEquals(AcmeLibrary.declared(classes.toString()), found);
        assertEquals(List.of(), files(cacheDirectory));
    }

    @Test
    public void ownPackagesAreNeverInScope() {
        assertFalse(inScope("dev.premain.Ctor", List.of()));
        assertFalse(inScope("dev.premain.agent.PremainAgent", List.of()));
        assertFalse(inScope("dev.premain.agent.internal.Discovery", List.of()));
        assertFalse(inScope("dev.premain.agent.internal.shaded.io.github.classgraph.ClassGraph", List.of()));
        assertFalse(inScope("dev.premain.Ctor", List.of("dev.premain")));
        assertFalse(inScope("dev.premain.agent.X", List.of("dev.premain.agent")));
    }

    @Test
    public void everythingElseIsInScopeWithoutPackages() {
        assertTrue(inScope("com.acme.Main", List.of()));
        assertTrue(inScope("Main", List.of()));
        assertTrue(inScope("dev.premain.demo.Main", List.of()));
        assertTrue(inScope("dev.premain.agentx.Main", List.of()));
        assertTrue(inScope("dev.premainx.Main", List.of()));
        assertTrue(inScope("com.acme.Outer$Inner", List.of()));
    }

    @Test
    public void packagesKeepThemselvesAndTheirSubpackagesOnly() {
        List<String> packages = List.of("com.acme", "org.example.cli");

        assertTrue(inScope("com.acme.Main", packages));
        assertTrue(inScope("com.acme.Outer$Inner", packages));
        assertTrue(inScope("com.acme.plugins.deep.Plugin", packages));
        assertTrue(inScope("org.example.cli.Command", packages));
        assertFalse(inScope("com.acmeplugins.Plugin", packages));
        assertFalse(inScope("com.Acme", packages));
        assertFalse(inScope("com.acme", packages)); // the class 'acme' in package 'com'
        assertFalse(inScope("org.example.Main", packages));
        assertFalse(inScope("Main", packages));
    }

    @Test
    public void scopeIsRestrictedOnlyWithPackages() {
        assertFalse(new Scope(List.of()).isRestricted());
        assertTrue(new Scope(List.of("com.acme")).isRestricted());
        assertTrue(new Scope(List.of("com.acme")).contains("com.acme.sub.X"));
        assertFalse(new Scope(List.of("com.acme")).contains("dev.premain.agent.X"));
    }

    private static DeclaredMethod deep(Path jar) {
        return new DeclaredMethod("acme.sub.Deep", "deep", "()V", 8, 0, List.of(), jar.toString());
    }

    /** The same records, in any order: ClassGraph's order is not the index's. */
    private static void assertSameRecords(Declarations expected, Declarations actual) {
        assertEquals(new HashSet<>(expected.ctors()), new HashSet<>(actual.ctors()));
        assertEquals(new HashSet<>(expected.dtors()), new HashSet<>(actual.dtors()));
        assertEquals(new HashSet<>(expected.sections()), new HashSet<>(actual.sections()));
        assertEquals(new HashSet<>(expected.contributions()), new HashSet<>(actual.contributions()));
        assertEquals(expected.ctors().size() + expected.dtors().size() + expected.sections().size()
                + expected.contributions().size(), actual.ctors().size() + actual.dtors().size()
                + actual.sections().size() + actual.contributions().size());
    }

    private static List<String> files(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean inScope(String className, List<String> packages) {
        return new Scope(packages).contains(className);
    }
}
