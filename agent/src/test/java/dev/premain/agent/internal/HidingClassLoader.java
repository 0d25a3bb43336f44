package dev.premain.agent.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Defines the {@code own} classes itself from the test class path and refuses to find the
 * {@code hidden} ones, so an {@code own} class that needs a hidden one fails with
 * {@link NoClassDefFoundError}, as when a jar is missing from the class path.
 */
public final class HidingClassLoader extends ClassLoader {
    private final Set<String> own;
    private final Set<String> hidden;

    public HidingClassLoader(Set<String> own, Set<String> hidden) {
        super("hiding", HidingClassLoader.class.getClassLoader());
        this.own = own;
        this.hidden = hidden;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            if (hidden.contains(name)) {
                throw new ClassNotFoundException(name);
            }
            if (!own.contains(name)) {
                return super.loadClass(name, resolve);
            }
            Class<?> loaded = findLoadedClass(name);
            return loaded != null ? loaded : define(name);
        }
    }

    private Class<?> define(String name) throws ClassNotFoundException {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }
}
