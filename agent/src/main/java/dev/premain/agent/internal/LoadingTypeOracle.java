package dev.premain.agent.internal;

import java.util.Map;

/** Answers assignability by loading classes <em>without initializing them</em>: no user code runs. */
final class LoadingTypeOracle implements TypeOracle {
    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", Boolean.class, "byte", Byte.class,
            "char", Character.class, "short", Short.class, "int", Integer.class, "long", Long.class,
            "float", Float.class, "double", Double.class, "void", Void.class);

    private final ClassLoader loader;

    LoadingTypeOracle(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public boolean isAssignable(String from, String to) {
        try {
            return load(to).isAssignableFrom(load(from));
        } catch (ClassNotFoundException | LinkageError e) {
            return true; // Why: linking reports the missing class with its cause.
        }
    }

    private Class<?> load(String name) throws ClassNotFoundException {
        Class<?> primitive = PRIMITIVES.get(name);
        return primitive != null ? primitive : Class.forName(name, false, loader);
    }
}
