package dev.premain.agent.internal.discovery.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.agent.internal.IndexRecords;
import dev.premain.agent.internal.Reported;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build-time class-path index: keyed by content, read lazily, and never a reason to stop a start. */
public class ClassPathIndexTest {
    private static final JarIdentity ACME = new JarIdentity(1234, 99, 0xCAFEL);
    private static final JarIdentity EMPTY = new JarIdentity(50, 98, 0xBEEFL);
    private final Problems problems = new Problems();

    @TempDir
    public Path work;

    private Path written() throws IOException {
        return Files.writeString(work.resolve("classpath.idx"), ClassPathIndex.render(List.of(
                new ClassPathIndex.Described("acme-1.0.jar", ACME, IndexRecords.all(), "lib/a.jar lib/b.jar"),
                new ClassPathIndex.Described("empty.jar", EMPTY, Declarations.NONE, ""))));
    }

    @Test
    public void aJarIsFoundByItsContentWhateverItsPathOrTimes() throws IOException {
        ClassPathIndex index = ClassPathIndex.file(written(), problems);
        JarIdentity elsewhere = new JarIdentity(new FileStamp(1234, 5, "7/8"), 0xCAFEL);

        assertEquals(Optional.of(IndexRecords.all()), index.get(elsewhere, "renamed.jar", IndexRecords.LOCATION));
        assertEquals(Optional.of(Declarations.NONE), index.get(EMPTY, "empty.jar", "/app/lib/empty.jar"));
        assertEquals(List.of(), Reported.of(problems));
    }

    @Test
    public void eachJarsManifestClassPathIsKeptSoTheJarNeedNotBeOpened() throws IOException {
        ClassPathIndex index = ClassPathIndex.file(written(), problems);

        assertEquals("lib/a.jar lib/b.jar", index.manifestClassPath(ACME));
        assertEquals("", index.manifestClassPath(EMPTY));
        assertEquals(null, index.manifestClassPath(new JarIdentity(1, 2, 3)));
        assertEquals(Optional.of(IndexRecords.all()), index.get(ACME, "acme-1.0.jar", IndexRecords.LOCATION));
        assertEquals(List.of(), Reported.of(problems));
    }

    @Test
    public void aJarWithOtherContentMisses() throws IOException {
        ClassPathIndex index = ClassPathIndex.file(written(), problems);

        assertEquals(Optional.empty(), index.get(new JarIdentity(1234, 99, 0xCAFFL), "acme-1.0.jar", "x"));
        assertEquals(Optional.empty(), index.get(new JarIdentity(1235, 99, 0xCAFEL), "acme-1.0.jar", "x"));
        assertEquals(Optional.empty(), index.get(new JarIdentity(1234, 99, 0), "acme-1.0.jar", "x"));
        assertEquals(List.of(), Reported.of(problems));
    }

    @Test
    public void theTextStatesEachJarsContentKeyAndName() {
        assertEquals("premain-classpath-index 1\njar 50 48879 0 empty.jar\nend 1\n",
                ClassPathIndex.render(List.of(new ClassPathIndex.Described("empty.jar", EMPTY, Declarations.NONE, ""))));
    }

    @Test
    public void aTruncatedIndexIsOneWarningAndServesNothing() throws IOException {
        Path file = written();
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - "end 2\n".length()));
        ClassPathIndex index = ClassPathIndex.file(file, problems);

        assertEquals(Optional.empty(), index.get(EMPTY, "empty.jar", "x"));
        assertEquals(Optional.empty(), index.get(ACME, "acme-1.0.jar", "x"));
        assertEquals(List.of(Reported.warning("The class-path index '" + file + "' cannot be used: it is truncated or"
                + " was edited (no valid 'end' line after 2 jars). Jars without an index of their own are scanned at"
                + " this start. Build it again with 'java -jar premain-agent.jar index' (or the Maven goal"
                + " premain:index); never edit it by hand.")), Reported.of(problems));
    }

    @Test
    public void anEditedRecordFailsItsChecksumAndOnlyThatJarIsScanned() throws IOException {
        Path file = written();
        Files.writeString(file, Files.readString(file).replace("ctor acme.A init", "ctor acme.A kill"));
        ClassPathIndex index = ClassPathIndex.file(file, problems);

        assertEquals(Optional.empty(), index.get(ACME, "acme-1.0.jar", "x"));
        assertEquals(Optional.of(Declarations.NONE), index.get(EMPTY, "empty.jar", "x"));
        assertEquals(List.of(Reported.warning("The class-path index '" + file + "' cannot be used: its entry for"
                + " 'acme-1.0.jar' cannot be read: its checksum does not match its content. Jars without an index of"
                + " their own are scanned at this start. Build it again with 'java -jar premain-agent.jar index' (or"
                + " the Maven goal premain:index); never edit it by hand.")), Reported.of(problems));
    }

    @Test
    public void anotherFormatIsNamed() throws IOException {
        Path file = Files.writeString(work.resolve("v2.idx"), "premain-classpath-index 2\nend 0\n");
        ClassPathIndex.file(file, problems).get(EMPTY, "empty.jar", "x");

        assertEquals(List.of(Reported.warning("The class-path index '" + file + "' cannot be used: it is in format 2,"
                + " and this Premain reads format 1. Jars without an index of their own are scanned at this start."
                + " Build it again with 'java -jar premain-agent.jar index' (or the Maven goal premain:index); never"
                + " edit it by hand.")), Reported.of(problems));
    }

    @Test
    public void aMissingFileTheOptionNamesIsAWarning() {
        Path file = work.resolve("missing.idx");
        ClassPathIndex.file(file, problems).get(EMPTY, "empty.jar", "x");

        assertEquals(1, problems.size());
        assertTrue(Reported.of(problems).get(0).startsWith("warning: The class-path index '" + file + "' cannot be"
                + " read (java.nio.file.NoSuchFileException: " + file + "). Jars without an index of their own are"
                + " scanned at this start. Build it with 'java -jar premain-agent.jar index', or fix the option"
                + " classpath-index."), Reported.of(problems).get(0));
    }

    @Test
    public void aFifoIsNeverReadAndADirectoryWithoutOneIsSilent() throws Exception {
        Path fifo = work.resolve("fifo.idx");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        ClassPathIndex.file(fifo, problems).get(EMPTY, "empty.jar", "x");
        ClassPathIndex.inEntry(work, problems).get(EMPTY, "empty.jar", "x");

        assertEquals(List.of(Reported.warning("The class-path index '" + fifo + "' is not a regular file. Jars without"
                + " an index of their own are scanned at this start. Name the file 'java -jar premain-agent.jar index"
                + " --out' wrote.")), Reported.of(problems));
    }

    @Test
    public void theApplicationsOwnDirectoryCarriesItAsAResource() throws IOException {
        Path resource = work.resolve("classes").resolve(ClassPathIndex.RESOURCE);
        Files.createDirectories(resource.getParent());
        Files.move(written(), resource);

        assertEquals(Optional.of(Declarations.NONE), ClassPathIndex.inEntry(work.resolve("classes"), problems)
                .get(EMPTY, "empty.jar", "x"));
        assertEquals(List.of(), Reported.of(problems));
    }
}
