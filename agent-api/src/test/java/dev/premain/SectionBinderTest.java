package dev.premain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The set-once write capability: the first claim in a JVM wins, every later one gets nothing. */
class SectionBinderTest {
    private static final int THREADS = 8;

    @Test
    void laterClaimsInThisJvmAreEmpty() {
        assertNotNull(TestBinder.BINDER);

        assertTrue(SectionBinder.isClaimed());
        assertEquals(Optional.empty(), SectionBinder.claim());
        assertEquals(Optional.empty(), SectionBinder.claim());
        assertTrue(SectionBinder.isClaimed());
    }

    @Test
    void firstClaimInAFreshJvmWinsOnce() throws Exception {
        try (URLClassLoader loader = CompiledApi.freshLoader()) {
            Class<?> binder = loader.loadClass(SectionBinder.class.getName());
            Method claim = binder.getMethod("claim");
            Method isClaimed = binder.getMethod("isClaimed");

            assertEquals(false, isClaimed.invoke(null));
            Optional<?> first = (Optional<?>) claim.invoke(null);
            assertEquals(true, isClaimed.invoke(null));
            Optional<?> second = (Optional<?>) claim.invoke(null);

            assertTrue(first.isPresent());
            assertEquals(binder, first.get().getClass());
            assertFalse(second.isPresent());
        }
    }

    @Test
    void racingClaimsHaveExactlyOneWinner() throws Exception {
        try (URLClassLoader loader = CompiledApi.freshLoader()) {
            Method claim = loader.loadClass(SectionBinder.class.getName()).getMethod("claim");
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Optional<?>>> claimers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                claimers.add(() -> {
                    start.await();
                    return (Optional<?>) claim.invoke(null);
                });
            }

            assertEquals(1, countPresent(runTogether(claimers, start)));
        }
    }

    private static List<Optional<?>> runTogether(List<Callable<Optional<?>>> tasks, CountDownLatch start)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Optional<?>>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(pool.submit(task)));
            start.countDown();
            List<Optional<?>> results = new ArrayList<>();
            for (Future<Optional<?>> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long countPresent(List<Optional<?>> claims) {
        return claims.stream().filter(Optional::isPresent).count();
    }
}
