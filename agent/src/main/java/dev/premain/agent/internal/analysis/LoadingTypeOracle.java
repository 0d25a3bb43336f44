package dev.premain.agent.internal.analysis;

import java.util.Map;

/**
 * Answers assignability and origins by loading classes <em>without initializing them</em>: no user
 * code runs (loading and linking never run a static initializer).
 */
public final class LoadingTypeOracle implements TypeOracle, ClassOrigins {
    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "byte", byte.class,
            "char", char.class, "short", short.class, "int", int.class, "long", long.class,
            "float", float.class, "double", double.class, "void", void.class);
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            char.class, Character.class, short.class, Short.class, int.class, Integer.class, long.class, Long.class,
            float.class, Float.class, double.class, Double.class, void.class, Void.class);

    private final ClassLoader loader;
    // Why memoize: a thousand contributions name a handful of types, and each lookup takes the loader's lock.
    private final Map<String, Class<?>> loaded = new java.util.HashMap<>();
    private final Map<java.security.ProtectionDomain, String> origins = new java.util.IdentityHashMap<>();

    public LoadingTypeOracle(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public boolean isAssignable(String from, String to) {
        try {
            Class<?> source = load(from);
            // Why box: a constant 'static final int' is stored in a section as an Integer.
            return load(to).isAssignableFrom(BOXES.getOrDefault(source, source));
        } catch (ClassNotFoundException | LinkageError e) {
            return true; // Why: linking reports the missing class with its cause.
        }
    }

    @Override
    public String origin(String className) {
        Class<?> type;
        try {
            type = load(className);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        java.security.ProtectionDomain domain = type.getProtectionDomain();
        // Why by domain: a loader gives every class of one jar the same domain, and rendering a URL and
        // finding a real path for each of a thousand records costs tens of milliseconds before main.
        String known = origins.get(domain);
        if (known == null) {
            known = origin(type, domain.getCodeSource());
            origins.put(domain, known);
        }
        return known;
    }

    private static String origin(Class<?> type, java.security.CodeSource source) {
        java.net.URL location = source == null ? null : source.getLocation();
        if (location == null) {
            return type.getClassLoader() == null || type.getClassLoader() == ClassLoader.getPlatformClassLoader()
                    ? "the JDK" : "the class loader '" + type.getClassLoader().getName() + "' (no code source)";
        }
        return realPath(location);
    }

    private static String realPath(java.net.URL location) {
        if (!"file".equals(location.getProtocol())) {
            // Why the URL itself: an entry nested in a jar (Spring Boot's jar:nested:...) has no path of its
            // own; discovery names such an entry by the same URL, as its class loader does.
            return location.toString();
        }
        try {
            return java.nio.file.Path.of(location.toURI()).toRealPath().toString();
        } catch (java.net.URISyntaxException | java.io.IOException | RuntimeException e) {
            return "the location '" + location + "'"; // Why: not a file (a nested jar, a jrt: image); never a match.
        }
    }

    private Class<?> load(String name) throws ClassNotFoundException {
        if (name.endsWith("[]")) {
            return load(name.substring(0, name.length() - 2)).arrayType();
        }
        Class<?> known = PRIMITIVES.get(name);
        if (known == null) {
            known = loaded.get(name);
        }
        if (known == null) {
            known = Class.forName(name, false, loader);
            loaded.put(name, known);
        }
        return known;
    }
}
