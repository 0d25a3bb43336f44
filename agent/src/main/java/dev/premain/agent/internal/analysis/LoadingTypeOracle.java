package dev.premain.agent.internal.analysis;

import java.util.Map;

/** Answers assignability by loading classes <em>without initializing them</em>: no user code runs. */
public final class LoadingTypeOracle implements TypeOracle {
    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "byte", byte.class,
            "char", char.class, "short", short.class, "int", int.class, "long", long.class,
            "float", float.class, "double", double.class, "void", void.class);
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            char.class, Character.class, short.class, Short.class, int.class, Integer.class, long.class, Long.class,
            float.class, Float.class, double.class, Double.class, void.class, Void.class);

    private final ClassLoader loader;
    // Why memoize: a thousand contributions name a handful of types, and each lookup takes the loader's lock.
    private final Map<String, Class<?>> loaded = new java.util.HashMap<>();

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
