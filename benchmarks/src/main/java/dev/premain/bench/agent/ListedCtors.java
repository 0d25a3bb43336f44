package dev.premain.bench.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the generated app's precomputed lists and runs listed methods, as a hand-written agent would. */
final class ListedCtors {
    private ListedCtors() {
    }

    /** The lines of a resource of the app, split at spaces; no validation. */
    static List<String[]> read(ClassLoader loader, String resource) {
        List<String[]> lines = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    lines.add(line.split(" "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Initializes {@code className} and runs its {@code static void method()} through a method handle. */
    static void run(ClassLoader loader, String className, String method) {
        try {
            Class<?> type = Class.forName(className, true, loader);
            // Why privateLookupIn: ctors may be package-private; agent and app share the unnamed module.
            MethodHandle handle = MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                    .findStatic(type, method, MethodType.methodType(void.class));
            handle.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("ctor " + className + "." + method + " failed", e);
        }
    }
}
