package dev.premain.agent.internal.options;

import java.nio.file.Path;

/**
 * Where the build-time class-path index is read from ({@code classpath-index=FILE|off}).
 *
 * @param enabled whether a class-path index is read at all
 * @param file the file the option names, or {@code null} for the default: the resource
 *     {@code META-INF/premain/classpath.idx} in the application's first class-path entry
 */
public record ClassPathIndexOption(boolean enabled, Path file) {
    /** The default: the index inside the application's first class-path entry, if it has one. */
    public static final ClassPathIndexOption AUTO = new ClassPathIndexOption(true, null);
    /** {@code classpath-index=off}. */
    public static final ClassPathIndexOption OFF = new ClassPathIndexOption(false, null);
}
