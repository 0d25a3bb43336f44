package dev.premain.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The once-per-JVM rule: no attempt after the agent, one attempt otherwise, a failure replayed. */
class BootstrapHolderTest {
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void doesNothingIfTheAgentBootstrappedTheJvm() {
        BootstrapHolder holder = new BootstrapHolder(() -> true, attempts::incrementAndGet);

        holder.ensureBootstrapped("a.FirstTest");
        holder.ensureBootstrapped("a.SecondTest");

        assertEquals(0, attempts.get());
    }

    @Test
    void bootstrapsOnceForManyTestClasses() {
        BootstrapHolder holder = new BootstrapHolder(() -> attempts.get() > 0, attempts::incrementAndGet);

        holder.ensureBootstrapped("a.FirstTest");
        holder.ensureBootstrapped("a.SecondTest");
        holder.ensureBootstrapped("a.FirstTest");

        assertEquals(1, attempts.get());
    }

    @Test
    void failsTheFirstTestClassWithTheCause() {
        IllegalStateException cause = new IllegalStateException(
                "Premain.bootstrap() failed with status 70; the report is on stderr.");
        BootstrapHolder holder = failing(cause);

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> holder.ensureBootstrapped("a.FirstTest"));

        assertEquals("Premain could not bootstrap this test JVM, so the tests in 'a.FirstTest' will not run:"
                + " Premain.bootstrap() failed with status 70; the report is on stderr.", thrown.getMessage());
        assertSame(cause, thrown.getCause());
    }

    @Test
    void failsEveryLaterTestClassWithoutASecondAttempt() {
        IllegalStateException cause = new IllegalStateException(
                "Premain.bootstrap() failed with status 65; the report is on stderr.");
        BootstrapHolder holder = failing(cause);
        assertThrows(IllegalStateException.class, () -> holder.ensureBootstrapped("a.FirstTest"));

        IllegalStateException second = assertThrows(IllegalStateException.class,
                () -> holder.ensureBootstrapped("a.SecondTest"));
        IllegalStateException third = assertThrows(IllegalStateException.class,
                () -> holder.ensureBootstrapped("a.ThirdTest"));

        assertEquals("Premain could not bootstrap this test JVM (it tried once, before 'a.FirstTest'), so the"
                + " tests in 'a.SecondTest' will not run: Premain.bootstrap() failed with status 65; the report is"
                + " on stderr.", second.getMessage());
        assertTrue(third.getMessage().contains("so the tests in 'a.ThirdTest' will not run"), third::getMessage);
        assertNull(second.getCause(), "the first test class's failure carries the cause");
        assertEquals(1, attempts.get());
    }

    @Test
    void namesTheTestDependencyWhenTheRuntimeIsMissing() {
        IllegalStateException cause = new IllegalStateException("Premain.bootstrap() needs the Premain runtime,"
                + " but dev.premain.agent.internal.RuntimeDoor is not on the class path. Add premain-agent.jar"
                + " to the class path.", new ClassNotFoundException("dev.premain.agent.internal.RuntimeDoor"));

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> failing(cause).ensureBootstrapped("a.FirstTest"));

        assertEquals("Premain could not bootstrap this test JVM, so the tests in 'a.FirstTest' will not run:"
                + " Premain.bootstrap() needs the Premain runtime, but dev.premain.agent.internal.RuntimeDoor"
                + " is not on the class path. Add premain-agent.jar to the class path. In a Maven or Gradle build,"
                + " add 'dev.premain:premain-agent' as a test dependency.", thrown.getMessage());
    }

    @Test
    void aLinkageErrorIsAFailureToo() {
        ExceptionInInitializerError cause = new ExceptionInInitializerError(new ArithmeticException("/ by zero"));

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> failing(cause).ensureBootstrapped("a.FirstTest"));

        assertEquals("Premain could not bootstrap this test JVM, so the tests in 'a.FirstTest' will not run:"
                + " java.lang.ExceptionInInitializerError", thrown.getMessage());
        assertSame(cause, thrown.getCause());
    }

    @Test
    void aConcurrentTestClassWaitsForTheCtorsToFinish() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BootstrapHolder holder = new BootstrapHolder(() -> attempts.get() > 0, () -> {
            attempts.incrementAndGet();
            started.countDown();
            await(release);
        });
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> holder.ensureBootstrapped("a.FirstTest"));
        assertTrue(started.await(10, TimeUnit.SECONDS));

        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> holder.ensureBootstrapped("a.SecondTest"));
        Thread.sleep(100);
        boolean secondReturnedEarly = second.isDone();
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);

        assertFalse(secondReturnedEarly, "the second test class ran while ctors were still running");
        assertEquals(1, attempts.get());
    }

    private BootstrapHolder failing(Throwable cause) {
        return new BootstrapHolder(() -> attempts.get() > 0, () -> {
            attempts.incrementAndGet();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) cause;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
