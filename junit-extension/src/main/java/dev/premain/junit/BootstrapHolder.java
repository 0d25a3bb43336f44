package dev.premain.junit;

import java.util.function.BooleanSupplier;

/** The outcome of this JVM's one bootstrap attempt: made once, then replayed to every test class. */
final class BootstrapHolder {
    private final BooleanSupplier bootstrapped;
    private final Runnable bootstrap;
    private String firstTestClass;
    private Throwable failure;

    /**
     * Creates an empty holder.
     *
     * @param bootstrapped whether the JVM was bootstrapped before, e.g. by the agent
     * @param bootstrap bootstraps the JVM, or throws
     */
    BootstrapHolder(BooleanSupplier bootstrapped, Runnable bootstrap) {
        this.bootstrapped = bootstrapped;
        this.bootstrap = bootstrap;
    }

    /**
     * Bootstraps on the first call, unless that was done before; replays a failure on every call.
     *
     * <p>Why synchronized: {@code Premain.bootstrap()} returns at once while another thread is still
     * running the ctors, so test classes that JUnit runs in parallel must wait here for the first.
     *
     * @param testClass the name of the test class that is about to run
     * @throws IllegalStateException if the bootstrap failed
     */
    synchronized void ensureBootstrapped(String testClass) {
        if (firstTestClass == null) {
            firstTestClass = testClass;
            failure = attempt();
            if (failure != null) {
                throw new IllegalStateException("Premain could not bootstrap this test JVM, so the tests in '"
                        + testClass + "' will not run: " + describe(failure), failure);
            }
        } else if (failure != null) {
            // Why no cause: the first test class's failure carries it; one copy of its trace is enough.
            throw new IllegalStateException("Premain could not bootstrap this test JVM (it tried once, before '"
                    + firstTestClass + "'), so the tests in '" + testClass + "' will not run: "
                    + describe(failure));
        }
    }

    private Throwable attempt() {
        if (bootstrapped.getAsBoolean()) {
            return null; // Why: the agent ran before main (or a test called Premain.bootstrap() itself).
        }
        try {
            bootstrap.run();
            return null;
        } catch (RuntimeException | LinkageError e) {
            return e;
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        return failure.getCause() instanceof ClassNotFoundException
                ? message + " In a Maven or Gradle build, add 'dev.premain:premain-agent' as a test dependency."
                : message;
    }
}
