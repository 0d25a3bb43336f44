package dev.premain.agent.internal.launcher;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;

/**
 * A second copy of the agent's classes, defined under the launcher's class loader, so that they link
 * against the application's own {@code premain-api} (in a nested jar the system class loader cannot
 * see) and load the application's classes through that loader. Child-first for the agent's own
 * classes and service files, parent-first for everything else: {@code dev.premain.*} outside the
 * agent comes from the application.
 */
final class LaunchedAgentLoader extends URLClassLoader {
    private static final String AGENT_PACKAGE = "dev.premain.agent.";
    private static final String AGENT_RESOURCES = "dev/premain/agent/";
    private static final String AGENT_SERVICES = "META-INF/services/dev.premain.agent.";

    static {
        registerAsParallelCapable();
    }

    LaunchedAgentLoader(URL agentJar, ClassLoader launched) {
        super("premain-launched-agent", new URL[] {agentJar}, launched);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(AGENT_PACKAGE)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name); // Why not the parent: the system loader's copy links to no API.
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        return ownResource(name) ? findResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        // Why only ours: the system loader's copy of the same service file would name the provider twice.
        return ownResource(name) ? findResources(name) : super.getResources(name);
    }

    private static boolean ownResource(String name) {
        return name.startsWith(AGENT_RESOURCES) || name.startsWith(AGENT_SERVICES);
    }

}
