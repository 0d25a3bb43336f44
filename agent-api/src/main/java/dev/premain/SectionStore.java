package dev.premain;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.stream.Stream;

/** The storage shared by every section type: an array filled once by the runtime. */
abstract class SectionStore<T> {
    private final Class<T> elementType;
    // Why plain fields: they are written on the main thread before main and then never again, so
    // Thread.start() publishes them; a volatile here would cost a barrier on every read.
    private String name;
    // Invariant: items.length == size whenever items is set (every change copies to an exact-length
    // array), so reads need no bound of their own: the array's is the section's.
    Object[] items;
    int size;
    private volatile boolean sealed;

    SectionStore(Class<T> elementType) {
        this.elementType = Objects.requireNonNull(elementType, "elementType");
    }

    /** Fills the store; the runtime calls this once, through {@link SectionBinder}. */
    final void bind(String sectionName, Object[] contents) {
        // Why the check comes first: index() replaces lookup tables, so a second bind that got that
        // far would leave a linked section answering lookups from the wrong contents.
        if (items != null) {
            throw new IllegalStateException("Section '" + sectionName + "' is already linked.");
        }
        index(contents);
        this.name = sectionName;
        this.size = contents.length;
        this.items = contents;
    }

    /** Prepares a kind's order or lookup tables from the contents, just before they are linked. */
    void index(Object[] contents) {
    }

    /** A new, unlinked section of the same kind, element type and order or key function. */
    abstract SectionStore<T> unlinkedCopy();

    /** The indexes of the first two items that may not coexist (duplicate key or member), or none. */
    int[] clashes(Object[] contents) {
        return new int[0];
    }

    final void seal() {
        sealed = true;
    }

    /**
     * Returns whether the section is sealed: {@code true} from the end of the bootstrap on.
     *
     * @return whether the section is sealed: {@code true} from the end of the bootstrap on
     */
    public final boolean isSealed() {
        return sealed;
    }

    /**
     * Returns the section's name: the binary name of the class that declares it.
     *
     * @return the section's name: the binary name of the class that declares it
     */
    public final String name() {
        checkLinked();
        return name;
    }

    /**
     * Returns the type of the section's items.
     *
     * @return the type of the section's items
     */
    public final Class<T> elementType() {
        return elementType;
    }

    /**
     * Returns how many items the section holds.
     *
     * @return how many items the section holds
     */
    public final int size() {
        Object[] array = items;
        if (array == null) {
            checkLinked();
        }
        return array.length; // Why the array's length: a loop to size() then needs no bounds check of its own.
    }

    /**
     * Returns the item at a position.
     *
     * @param index a position, from 0
     * @return the item at {@code index}, in the section's order
     */
    @SuppressWarnings("unchecked")
    public final T get(int index) {
        Object[] array = items; // Why a local: one field read, and one bounds check, the array's own.
        if (array == null) {
            checkLinked();
        }
        return (T) array[index]; // Why no checkIndex: array.length == size, so the JVM's check is the same one.
    }

    /**
     * Returns where an item is.
     *
     * @param item an item
     * @return the first position of an item equal to {@code item}, or -1
     */
    public int indexOf(Object item) {
        for (int i = 0, n = size(); i < n; i++) {
            if (items[i].equals(item)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns an unmodifiable list view of the items, in order.
     *
     * @return an unmodifiable list view of the items, in order
     */
    public final List<T> asList() {
        checkLinked();
        return new ListView();
    }

    /**
     * Returns a sequential stream of the items, in order.
     *
     * @return a sequential stream of the items, in order
     */
    public final Stream<T> stream() {
        return asList().stream();
    }

    /**
     * Returns an iterator over the items, in order; it cannot remove.
     *
     * @return an iterator over the items, in order; it cannot remove
     */
    public final Iterator<T> iterator() {
        checkLinked();
        return new ArrayIterator<>(items);
    }

    /**
     * Iterable's {@code forEach}, as a plain loop over the array (sections implement Iterable).
     *
     * @param action what to do with each item, in order
     */
    @SuppressWarnings("unchecked")
    public final void forEach(java.util.function.Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        checkLinked();
        Object[] array = items;
        for (int i = 0; i < array.length; i++) {
            action.accept((T) array[i]);
        }
    }

    final void checkLinked() {
        if (items == null) {
            throw new IllegalStateException(notLinked(elementType.getName(), SectionBinder.isClaimed(),
                    SectionBinder.isBootstrapped()));
        }
    }

    /**
     * Why a section is not linked, told from where the bootstrap stands: never "not bootstrapped"
     * when Premain did bootstrap (a field without {@code @Section} holds the section then).
     */
    static String notLinked(String elementType, boolean claimed, boolean bootstrapped) {
        String subject = "Section of " + elementType + " is not linked";
        if (bootstrapped) {
            return subject + ": Premain bootstrapped this JVM, but no valid @Section field holds this section, so"
                    + " nothing was linked into it. Mark the static final field that holds it with @Section (one per"
                    + " class), or read the section such a field holds.";
        }
        if (claimed) {
            return subject + " yet: it is read while Premain is bootstrapping (from a ctor or a static"
                    + " initializer), and no valid @Section field holds it, or its class was not linked yet."
                    + " Mark its field with @Section; a ctor sees every section that is declared.";
        }
        return subject + " yet: Premain has not bootstrapped this JVM. Start the JVM with"
                + " -javaagent:premain-agent.jar, or call Premain.bootstrap() first in main.";
    }

    final void checkWritable() {
        checkLinked();
        if (sealed) {
            throw new IllegalStateException("Section '" + name + "' is sealed: it cannot change after"
                    + " main starts. Mutate it from a @Ctor method instead.");
        }
    }

    @Override
    public String toString() {
        return items == null ? "Section[unlinked]" : name + Arrays.asList(items).subList(0, size);
    }

    private final class ListView extends AbstractList<T> implements RandomAccess {
        @Override
        public T get(int index) {
            return SectionStore.this.get(index);
        }

        @Override
        public int size() {
            return SectionStore.this.size();
        }
    }

    /**
     * Iterates over the array as it was when iteration began. Why a snapshot: the JIT keeps the array
     * in a register instead of re-reading the section's fields for every element, and a mutable
     * section replaces its array on every change (copy on write), so the snapshot is never torn. Why
     * the array's own length as the bound: {@code hasNext}, {@code next} and the array access then
     * test one condition, which the JIT proves once per element instead of three times.
     */
    private static final class ArrayIterator<T> implements Iterator<T> {
        private final Object[] array;
        private int next;

        ArrayIterator(Object[] array) {
            this.array = array;
        }

        @Override
        public boolean hasNext() {
            return next < array.length;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            int at = next;
            if (at >= array.length) {
                throw new NoSuchElementException();
            }
            next = at + 1;
            return (T) array[at];
        }
    }
}
