package dev.premain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * After seal, every thread reads the same contents from every section kind without locks, and no
 * thread can write (SPEC §3, issue 3).
 */
class SealedSectionConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 200;
    private static final int ITEMS = 256;
    private static final String SEALED = "Section 'test.Mutable' is sealed: it cannot change after main"
            + " starts. Mutate it from a @Ctor method instead.";

    private final List<String> words = IntStream.range(0, ITEMS).mapToObj(i -> "word-" + (ITEMS - i)).toList();
    private final ImmutableSection<String> immutable = ImmutableSection.of(String.class);
    private final MutableSection<String> mutable = MutableSection.of(String.class);
    private final SortedSection<String> sorted = SortedSection.of(String.class);
    private final SortedSection<String> sortedByLength = SortedSection.of(String.class,
            Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));
    private final MapSection<String, String> map = MapSection.of(String.class, word -> word.substring(5));
    private final SetSection<String> set = SetSection.of(String.class);

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void everyThreadSeesTheSealedContentsAndCannotWrite() throws Exception {
        List<TypedSection<String>> sections = List.of(immutable, mutable, sorted, sortedByLength, map, set);
        for (TypedSection<String> section : sections) {
            TestBinder.BINDER.bind(section, section == mutable ? "test.Mutable" : "test.Shared", words.toArray());
        }
        // What a ctor would do before main: reorder and prune, then the runtime seals.
        mutable.sort(Comparator.naturalOrder());
        mutable.removeIf(word -> word.endsWith("7"));
        sections.forEach(TestBinder.BINDER::seal);
        List<List<String>> expected = sections.stream().map(section -> List.copyOf(section.asList())).toList();

        CountDownLatch start = new CountDownLatch(1);
        List<Reader> readers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            readers.add(new Reader(start, sections, expected));
        }
        List<Report> reports = runTogether(readers, start);

        for (Report report : reports) {
            assertEquals(0, report.mismatches(), "reads that differed from the sealed contents");
            assertEquals(ROUNDS * 4, report.refusedWrites(), "writes after seal that threw the sealed error");
        }
        for (int s = 0; s < sections.size(); s++) {
            assertEquals(expected.get(s), sections.get(s).asList());
        }
    }

    private static List<Report> runTogether(List<Reader> readers, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(readers.size());
        try {
            List<Future<Report>> futures = new ArrayList<>();
            readers.forEach(reader -> futures.add(pool.submit(reader)));
            start.countDown();
            List<Report> reports = new ArrayList<>();
            for (Future<Report> future : futures) {
                reports.add(future.get());
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Report(int mismatches, int refusedWrites) {
    }

    /** One reader thread: every round reads every section every way and tries every write once. */
    private final class Reader implements Callable<Report> {
        private final CountDownLatch start;
        private final List<TypedSection<String>> sections;
        private final List<List<String>> expected;
        private int mismatches;
        private int refusedWrites;

        Reader(CountDownLatch start, List<TypedSection<String>> sections, List<List<String>> expected) {
            this.start = start;
            this.sections = sections;
            this.expected = expected;
        }

        @Override
        public Report call() throws InterruptedException {
            start.await();
            for (int round = 0; round < ROUNDS; round++) {
                for (int s = 0; s < sections.size(); s++) {
                    readAll(sections.get(s), expected.get(s), round);
                }
                tryWrites();
            }
            return new Report(mismatches, refusedWrites);
        }

        private void readAll(TypedSection<String> section, List<String> items, int round) {
            check(section.size() == items.size());
            int i = 0;
            for (String item : section) {
                check(item == items.get(i) && section.get(i) == item);
                i++;
            }
            check(i == items.size() && section.stream().toList().equals(items));
            int probe = round % items.size();
            check(section.indexOf(items.get(probe)) == probe);
            readLookups(section, items);
        }

        private void readLookups(TypedSection<String> section, List<String> items) {
            for (int i = 0; i < items.size(); i++) {
                String item = items.get(i);
                if (section instanceof SortedSection<String> s) {
                    check(s.binarySearch(item) == i && s.find(item).orElse(null) == item);
                } else if (section instanceof MapSection<?, String> m) {
                    check(m.lookup(item.substring(5)) == item && m.keys().get(i).equals(item.substring(5)));
                } else if (section instanceof SetSection<String> s) {
                    check(s.contains(item));
                }
            }
        }

        private void tryWrites() {
            refuse(() -> mutable.sort(Comparator.reverseOrder()));
            refuse(() -> mutable.set(0, "intruder"));
            refuse(() -> mutable.remove(0));
            refuse(() -> mutable.removeIf(word -> true));
        }

        private void refuse(Runnable write) {
            try {
                write.run();
                mismatches++;
            } catch (IllegalStateException e) {
                if (SEALED.equals(e.getMessage())) {
                    refusedWrites++;
                }
            }
        }

        private void check(boolean same) {
            if (!same) {
                mismatches++;
            }
        }
    }
}
