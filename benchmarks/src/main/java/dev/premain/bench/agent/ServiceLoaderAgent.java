package dev.premain.bench.agent;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.IntSupplier;

/**
 * {@code ServiceLoader} doing the same 100 ctors inside {@code premain}: loads every
 * {@code app.Contributor} provider, orders them by priority, runs them.
 */
public final class ServiceLoaderAgent {
    private ServiceLoaderAgent() {
    }

    /**
     * Loads and runs the providers.
     *
     * @param args ignored
     * @param instrumentation ignored
     * @throws ClassNotFoundException if the app is not on the class path
     */
    public static void premain(String args, Instrumentation instrumentation) throws ClassNotFoundException {
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        // Why by name: the service type is the generated app's, which this module cannot compile against.
        Class<?> service = Class.forName("app.Contributor", false, loader);
        List<Object> providers = new ArrayList<>();
        for (Object provider : ServiceLoader.load(service, loader)) {
            providers.add(provider);
        }
        providers.sort(new ByPriority());
        for (Object provider : providers) {
            ((Runnable) provider).run();
        }
    }

    /** Orders providers by {@link IntSupplier#getAsInt()}, their priority (a class, not a lambda: no indy). */
    private static final class ByPriority implements Comparator<Object> {
        @Override
        public int compare(Object a, Object b) {
            return Integer.compare(((IntSupplier) a).getAsInt(), ((IntSupplier) b).getAsInt());
        }
    }
}
