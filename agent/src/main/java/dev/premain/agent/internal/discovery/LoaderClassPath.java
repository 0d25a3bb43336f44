package dev.premain.agent.internal.discovery;

import io.github.classgraph.ClassGraph;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The class path of a class loader that is not a {@code URLClassLoader} (an application server's,
 * an OSGi bundle's, a plugin host's), as ClassGraph's class-loader handlers find it: this is the one
 * job ClassGraph does that nothing smaller can, since each loader family keeps its class path its own
 * way. Used only by {@code Premain.register(loader)} after {@code main}, never before it.
 */
public final class LoaderClassPath {
    private LoaderClassPath() {
    }

    /**
     * The entries the loader itself reads classes from (not its parents'), in order.
     *
     * @param loader the class loader
     * @return its entries as URLs; empty if ClassGraph knows no way to ask this loader
     */
    public static URL[] of(ClassLoader loader) {
        List<URL> urls = new ArrayList<>();
        for (URI uri : new ClassGraph().overrideClassLoaders(loader).ignoreParentClassLoaders().getClasspathURIs()) {
            try {
                urls.add(uri.toURL());
            } catch (MalformedURLException | IllegalArgumentException e) {
                // Why skipped: a URI no URL handler reads names no entry Premain could read either.
            }
        }
        return urls.toArray(new URL[0]);
    }
}
