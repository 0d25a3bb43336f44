package dev.premain.agent.internal.discovery;

import dev.premain.agent.internal.options.IndexMode;
import dev.premain.agent.internal.problem.Problems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Reads entries nested in a jar — a directory such as {@code BOOT-INF/classes/}, or a jar such as
 * {@code BOOT-INF/lib/x.jar} — with the same rules as any jar: indexes first, the byte pre-filter
 * for the rest, and the parse of the classes it flags; records name the nested entry, as the class
 * loader does.
 *
 * <p>An index at the outer jar's root ({@code META-INF/premain/index/}) describes the classes that
 * Spring Boot moved to {@code BOOT-INF/classes/} (it keeps {@code META-INF} at the root), so it is
 * read as part of that directory, not as a stale index of the outer jar.
 */
final class NestedReader implements AutoCloseable {
    private static final String ROOT_INDEXES = ElementReader.INDEX_DIRECTORY;

    private final IndexMode mode;
    private final Scope inScope;
    private final Problems problems;
    private final Map<Path, ZipFile> outers = new HashMap<>();

    NestedReader(IndexMode mode, Scope inScope, Problems problems) {
        this.mode = mode;
        this.inScope = inScope;
        this.problems = problems;
    }

    ElementScan read(NestedEntry nested) throws IOException {
        ZipFile outer = outer(nested.outer());
        Map<String, byte[]> content = nested.isDirectory() ? directory(outer, nested.entry()) : jar(outer, nested.entry());
        return new ElementReader(nested.outer(), nested.location(), false, null, mode, inScope, problems)
                .read(new ArrayList<>(content.keySet()), content::get);
    }

    private ZipFile outer(Path jar) throws IOException {
        ZipFile open = outers.get(jar);
        if (open == null) {
            open = new ZipFile(jar.toFile());
            outers.put(jar, open);
        }
        return open;
    }

    /** The files under {@code prefix}, by their names below it, and the root's indexes. */
    private static Map<String, byte[]> directory(ZipFile outer, String prefix) throws IOException {
        Map<String, byte[]> content = new HashMap<>();
        for (Enumeration<? extends ZipEntry> e = outer.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            String name = entry.getName();
            if (!entry.isDirectory() && name.startsWith(prefix) && name.length() > prefix.length()) {
                content.put(name.substring(prefix.length()), bytes(outer, entry));
            }
        }
        for (Enumeration<? extends ZipEntry> e = outer.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            if (entry.getName().startsWith(ROOT_INDEXES) && entry.getName().endsWith(".idx")) {
                content.putIfAbsent(entry.getName(), bytes(outer, entry));
            }
        }
        return content;
    }

    /** Every entry of the jar nested at {@code name}. */
    private static Map<String, byte[]> jar(ZipFile outer, String name) throws IOException {
        ZipEntry nested = outer.getEntry(name);
        if (nested == null) {
            throw new IOException("no entry " + name + " in " + outer.getName());
        }
        Map<String, byte[]> content = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes(outer, nested)))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    content.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return content;
    }

    private static byte[] bytes(ZipFile outer, ZipEntry entry) throws IOException {
        try (InputStream in = outer.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    /** Closes the outer jars. */
    @Override
    public void close() {
        for (ZipFile jar : outers.values()) {
            try {
                jar.close();
            } catch (IOException e) {
                // Read only: nothing to lose.
            }
        }
    }
}
