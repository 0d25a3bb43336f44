package dev.premain.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the sources of "the app" that every startup variant runs: {@value #CTORS} ctor classes
 * written with Premain's API, each contributing one item to each of {@value #SECTIONS} sections
 * (1,000 contributions: constants, fields, factory methods and classes), plus the precomputed lists
 * the reference agents read and a {@code ServiceLoader} registration of the same ctors.
 *
 * <pre>
 *   AppGenerator OUTDIR      writes OUTDIR/src/**.java and OUTDIR/resources/META-INF/**
 * </pre>
 */
public final class AppGenerator {
    static final int CTORS = 100;
    static final int SECTIONS = 10;

    private final Path src;
    private final Path resources;

    private AppGenerator(Path out) {
        this.src = out.resolve("src");
        this.resources = out.resolve("resources");
    }

    /**
     * Generates the app.
     *
     * @param args the output directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: AppGenerator OUTDIR");
            System.exit(2);
        }
        new AppGenerator(Path.of(args[0])).generate();
    }

    private void generate() throws IOException {
        AppSections sections = new AppSections();
        for (AppSections.Kind kind : sections.kinds()) {
            write("app/sections/" + kind.holder() + ".java", sections.holderSource(kind));
        }
        for (String[] type : AppSupport.TYPES) {
            write("app/" + type[0] + ".java", type[1]);
        }
        int[] priorities = priorities();
        List<String> ctorLines = new ArrayList<>();
        StringBuilder services = new StringBuilder();
        for (int i = 0; i < CTORS; i++) {
            String simple = ctorName(i);
            write("app/ctors/" + simple + ".java", sections.ctorSource(simple, i, priorities[i]));
            ctorLines.add(String.format("%08d app.ctors.%s init", priorities[i] + 1_000_000, simple));
            services.append("app.ctors.").append(simple).append('\n');
        }
        ctorLines.sort(null); // Why the padded prefix: plan order is priority, then class name, then method.
        StringBuilder ctors = new StringBuilder();
        for (String line : ctorLines) {
            ctors.append(line.substring(9)).append('\n');
        }
        resource("META-INF/bench/ctors.list", ctors.toString());
        resource("META-INF/bench/sections.list", sections.sectionsList(CTORS));
        resource("META-INF/services/app.Contributor", services.toString());
    }

    static String ctorName(int i) {
        return String.format("Ctor%03d", i);
    }

    /** Priorities from -250 to 240 in steps of 10, each shared by two ctors (ties), in a fixed shuffle. */
    static int[] priorities() {
        int[] priorities = new int[CTORS];
        for (int i = 0; i < CTORS; i++) {
            priorities[i] = (i / 2 - CTORS / 4) * 10;
        }
        Random random = new Random(42); // Why shuffle: discovery order must differ from run order.
        for (int i = CTORS - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = priorities[i];
            priorities[i] = priorities[j];
            priorities[j] = t;
        }
        return priorities;
    }

    private void write(String relative, String text) throws IOException {
        Path file = src.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void resource(String relative, String text) throws IOException {
        Path file = resources.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
