package dev.premain.bench.agent;

import dev.premain.SectionBinder;
import dev.premain.TypedSection;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * A lower bound for Premain's whole job, not only the ctors: from a precomputed list (in plan
 * order) it fills every section through method handles, runs the ctors, and seals. No scanning,
 * no validation, no error reporting.
 */
public final class ReferenceFullAgent {
    /** Lines {@code section HOLDER FIELD}, then its {@code item KIND CLASS MEMBER} lines in section order. */
    static final String SECTIONS = "META-INF/bench/sections.list";

    private ReferenceFullAgent() {
    }

    /**
     * Fills the sections, runs the ctors, seals.
     *
     * @param args ignored
     * @param instrumentation ignored
     */
    public static void premain(String args, Instrumentation instrumentation) {
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        // Why claim: the binder is the only write path into sections, and the first claim wins.
        SectionBinder binder = SectionBinder.claim().orElseThrow();
        List<TypedSection<?>> sections = new ArrayList<>();
        TypedSection<?> section = null;
        String name = null;
        List<Object> items = new ArrayList<>();
        for (String[] line : ListedCtors.read(loader, SECTIONS)) {
            if (line[0].equals("section")) {
                bind(binder, section, name, items, sections);
                section = (TypedSection<?>) staticField(loader, line[1], line[2]);
                name = line[1];
            } else {
                items.add(item(loader, line[1], line[2], line[3]));
            }
        }
        bind(binder, section, name, items, sections);
        for (String[] line : ListedCtors.read(loader, ReferenceAgent.CTORS)) {
            ListedCtors.run(loader, line[0], line[1]);
        }
        for (TypedSection<?> linked : sections) {
            binder.seal(linked);
        }
    }

    private static void bind(SectionBinder binder, TypedSection<?> section, String name, List<Object> items,
            List<TypedSection<?>> sections) {
        if (section != null) {
            binder.bind(section, name, items.toArray());
            sections.add(section);
            items.clear();
        }
    }

    private static Object item(ClassLoader loader, String kind, String className, String member) {
        try {
            Class<?> type = Class.forName(className, true, loader);
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            switch (kind) {
                case "FIELD":
                    return lookup.unreflectGetter(type.getDeclaredField(member)).invoke();
                case "METHOD":
                    return lookup.unreflect(type.getDeclaredMethod(member)).invoke();
                default:
                    return lookup.unreflectConstructor(type.getDeclaredConstructor()).invoke();
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("item " + className + "." + member + " failed", e);
        }
    }

    private static Object staticField(ClassLoader loader, String className, String fieldName) {
        try {
            Field field = Class.forName(className, true, loader).getDeclaredField(fieldName);
            field.setAccessible(true);
            return field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("section " + className + "." + fieldName + " failed", e);
        }
    }
}
