package dev.premain.agent.internal.report;

import dev.premain.agent.internal.runtime.CtorTiming;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Renders the startup picture: a timeline bar per phase, then one row per ctor (name, jar, start,
 * duration) placed on the same time axis, the slowest ctors highlighted.
 */
public final class StartupPicture {
    private static final int WIDTH = 1000;
    private static final int LABEL = 360;
    private static final int ROW = 18;
    private static final int SLOWEST = 5;

    private final long start;
    private final List<String> phases;
    private final List<Long> durations;
    private final List<CtorTiming> ctors;

    /**
     * @param start when the bootstrap started, as {@code System.nanoTime()}
     * @param phases the phases, in order
     * @param durations each phase's duration in nanoseconds
     * @param ctors every ctor that ran, in run order
     */
    public StartupPicture(long start, List<String> phases, List<Long> durations, List<CtorTiming> ctors) {
        this.start = start;
        this.phases = phases;
        this.durations = durations;
        this.ctors = ctors;
    }

    /**
     * Writes the picture, replacing the file.
     *
     * @param file where to write it
     * @throws IOException if it cannot be written
     */
    public void writeTo(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, html(), StandardCharsets.UTF_8);
    }

    String html() {
        long total = 0;
        for (long duration : durations) {
            total += duration;
        }
        long span = Math.max(total, 1);
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>")
                .append("<meta charset=\"utf-8\"/><title>Premain startup</title></head>\n<body style=\"font-family:")
                .append("sans-serif\">\n<h1>Premain startup</h1>\n<p>Total ").append(ms(total)).append(", ")
                .append(ctors.size()).append(" ctors; the ").append(highlighted())
                .append(" slowest in red.</p>\n");
        int height = ROW * (phases.size() + ctors.size() + 2);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH + LABEL).append("\" height=\"")
                .append(height).append("\" font-size=\"12\">\n");
        long at = 0;
        int row = 0;
        for (int i = 0; i < phases.size(); i++) {
            bar(out, row++, "phase " + phases.get(i), null, at, durations.get(i), span, "#4a7bd0");
            at += durations.get(i);
        }
        row++;
        long slowest = threshold();
        for (CtorTiming ctor : ctors) {
            bar(out, row++, ctor.name(), ctor.location(), ctor.startNanos() - start, ctor.durationNanos(), span,
                    ctor.durationNanos() >= slowest ? "#d0404a" : "#8a8a8a");
        }
        out.append("</svg>\n").append(table()).append("</body>\n</html>\n");
        return out.toString();
    }

    /** How many ctors are highlighted: the slowest third, at least one and at most five. */
    private int highlighted() {
        return ctors.isEmpty() ? 0 : Math.min(SLOWEST, Math.max(1, ctors.size() / 3));
    }

    /** The duration a ctor needs to be among the highlighted slowest. */
    private long threshold() {
        if (ctors.isEmpty()) {
            return Long.MAX_VALUE;
        }
        long[] sorted = new long[ctors.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = ctors.get(i).durationNanos();
        }
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length - highlighted()];
    }

    private static void bar(StringBuilder out, int row, String name, String location, long from, long duration,
            long span, String colour) {
        int y = row * ROW + 4;
        double x = LABEL + (double) WIDTH * Math.max(0, from) / span;
        double width = Math.max(1.0, (double) WIDTH * duration / span);
        out.append("<g><title>").append(escape(name)).append(location == null ? "" : " (" + escape(location) + ")")
                .append(": starts at ").append(ms(from)).append(", takes ").append(ms(duration)).append("</title>")
                .append("<text x=\"4\" y=\"").append(y + 12).append("\">").append(escape(name)).append("</text>")
                .append("<rect x=\"").append(number(x)).append("\" y=\"").append(y).append("\" width=\"")
                .append(number(width)).append("\" height=\"").append(ROW - 4).append("\" fill=\"").append(colour)
                .append("\"/></g>\n");
    }

    private String table() {
        StringBuilder out = new StringBuilder("<table border=\"1\" cellpadding=\"3\">\n<tr><th>ctor</th><th>jar or")
                .append(" directory</th><th>start</th><th>duration</th></tr>\n");
        for (CtorTiming ctor : ctors) {
            out.append("<tr><td>").append(escape(ctor.name())).append("</td><td>").append(escape(ctor.location()))
                    .append("</td><td>").append(ms(ctor.startNanos() - start)).append("</td><td>")
                    .append(ms(ctor.durationNanos())).append("</td></tr>\n");
        }
        return out.append("</table>\n").toString();
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c < 0x20 && c != '\t' ? '?' : c); // Why: XML forbids most control characters.
            }
        }
        return out.toString();
    }
}
