package dev.premain;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/** The compiled API classes of this module ({@code target/classes}), for tests that need a fresh copy. */
final class CompiledApi {
    private CompiledApi() {
    }

    /** The directory (or jar) that {@code dev.premain} was loaded from. */
    static Path location() {
        try {
            return Path.of(SectionBinder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A class loader that sees only the API classes, with fresh static state.
     *
     * <p>Why the boot loader as parent, not the platform loader: when the tests run on the module
     * path, the platform loader delegates {@code dev.premain} to the application loader that defined
     * the module, so the copy would not be fresh. The boot loader sees only {@code java.base} and the
     * like; every API class is defined again and its set-once state (the binder claim) starts
     * unclaimed, as in a new JVM.
     */
    static URLClassLoader freshLoader() {
        try {
            return new URLClassLoader(new URL[] {location().toUri().toURL()}, null);
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
