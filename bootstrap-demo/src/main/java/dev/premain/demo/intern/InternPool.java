package dev.premain.demo.intern;

import dev.premain.Ctor;
import dev.premain.MutableSection;
import dev.premain.Section;
import dev.premain.demo.ctors.CtorLog;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The interning pool: a mutable section of string constants, sorted by a ctor before {@code main}
 * and sealed afterwards, so lookups are binary searches over a list that never changes.
 *
 * <p>The constants are contributed as compile-time constants, which Premain reads from the class
 * files: the contributing classes are never initialized.
 *
 * @since 0.1
 */
public final class InternPool {
    /** The pooled strings: contribution order until {@link #sort()} runs, natural order after. */
    @Section
    public static final MutableSection<String> POOL = MutableSection.of(String.class);

    private InternPool() {
    }

    // Runs before main, while the section is still writable; after seal, sort() would throw.
    @Ctor(priority = -10)
    static void sort() {
        POOL.sort(Comparator.naturalOrder());
        CtorLog.ran();
    }

    /**
     * The pooled instance equal to {@code value}, found by binary search in the sorted pool.
     *
     * @param value the string to look up
     * @return the instance held by the pool
     * @throws NoSuchElementException if the pool has no such string
     */
    public static String intern(String value) {
        List<String> pool = POOL.asList();
        int at = Collections.binarySearch(pool, value);
        if (at < 0) {
            throw new NoSuchElementException("'" + value + "' is not in the interning pool " + POOL + ".");
        }
        return pool.get(at);
    }
}
