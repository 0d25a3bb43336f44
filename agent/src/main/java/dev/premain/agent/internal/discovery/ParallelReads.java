package dev.premain.agent.internal.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the jars a start must pre-filter on every core the machine has: the pre-filter inflates
 * and searches every class of every jar without an index, Premain's own work, which no user code
 * waits on (ctors still run later, on one thread). Jars are handed out one at a time, so a large
 * jar does not hold up a small one; results and problems stay in class-path order (each slot has
 * its own). On one core, or with one jar to read, nothing but the calling thread runs.
 */
final class ParallelReads implements Runnable {
    private final List<ElementSlot> slots;
    private final AtomicInteger next = new AtomicInteger();
    private volatile Throwable failure;

    private ParallelReads(List<ElementSlot> slots) {
        this.slots = slots;
    }

    /** Reads every slot that must be read, and returns when all are. */
    static void run(List<ElementSlot> all) {
        List<ElementSlot> pending = new ArrayList<>();
        for (ElementSlot slot : all) {
            if (slot.mustRead()) {
                pending.add(slot);
            }
        }
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), pending.size());
        ParallelReads reads = new ParallelReads(pending);
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < threads; i++) {
            Thread helper = new Thread(reads, "premain-scan-" + i);
            helper.setDaemon(true); // Why: a stuck read must never keep the JVM alive.
            helper.start();
            helpers.add(helper);
        }
        reads.run();
        for (Thread helper : helpers) {
            joinUninterruptibly(helper);
        }
        reads.rethrow();
    }

    /** Takes slots until none is left. */
    @Override
    public void run() {
        try {
            for (int i = next.getAndIncrement(); i < slots.size(); i = next.getAndIncrement()) {
                slots.get(i).read();
            }
        } catch (RuntimeException | Error e) {
            failure = e; // Why kept: it is rethrown on the calling thread, as if the read had run there.
            next.set(slots.size());
        }
    }

    private void rethrow() {
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
    }

    /** Why uninterruptibly: the results must all be in before discovery goes on; the interrupt is kept. */
    private static void joinUninterruptibly(Thread helper) {
        boolean interrupted = false;
        while (true) {
            try {
                helper.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
