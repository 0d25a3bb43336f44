package dev.premain.agent.internal.runtime;

import dev.premain.agent.internal.discovery.ClassFileFilter;
import dev.premain.agent.internal.log.Diagnostics;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opt-in ({@code late-loaders=report}): notices classes with Premain annotations that a class loader
 * created after seal loads, and says how to register them. It never changes a class: it returns
 * {@code null} for every one.
 *
 * <p>Why a plain {@link ClassFileTransformer}, not ByteBuddy: this only reads bytes, which the byte
 * pre-filter already does; ByteBuddy's AgentBuilder would add ~750 ms to every start that opts in.
 * Why opt-in at all: any registered transformer stops the JDK's AOT cache from being used.
 */
public final class LateLoaderWatch implements ClassFileTransformer {
    private final RuntimeState state;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    /**
     * Starts watching. Why a static door: a caller that passed the watch to {@code addTransformer} itself
     * would make the verifier load {@code ClassFileTransformer}, from module java.instrument, which an
     * application on the module path may not have resolved (the in-process bootstrap needs no instrument).
     *
     * @param instrumentation the agent's instrumentation
     * @param state the runtime state the watch reports into
     */
    public static void install(java.lang.instrument.Instrumentation instrumentation, RuntimeState state) {
        instrumentation.addTransformer(new LateLoaderWatch(state));
    }

    public LateLoaderWatch(RuntimeState state) {
        this.state = state;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain domain,
            byte[] classFile) {
        if (loader == null || redefined != null || isKnown(loader) || !ClassFileFilter.mentionsPremain(classFile)) {
            return null;
        }
        String name = className.replace('/', '.');
        if (reported.add(loader.getName() + "/" + name)) {
            Diagnostics.print(Problem.warning(ProblemCode.LATE_LOADER, "Class '" + name + "'", "uses Premain"
                    + " annotations but was loaded after sections were sealed, by class loader '" + loader + "'",
                    source(domain), "Its ctors did not run and its contributions are in no section.", "Register"
                    + " that loader with Premain.register(loader, jars...) to run them and get a snapshot that"
                    + " includes them."));
        }
        return null;
    }

    private boolean isKnown(ClassLoader loader) {
        return loader == ClassLoader.getSystemClassLoader() || loader == ClassLoader.getPlatformClassLoader()
                || state.registeredLoaders.contains(loader);
    }

    private static String source(ProtectionDomain domain) {
        return domain == null || domain.getCodeSource() == null ? "an unknown location"
                : String.valueOf(domain.getCodeSource().getLocation());
    }
}
