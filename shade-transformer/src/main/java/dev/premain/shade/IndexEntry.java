package dev.premain.shade;

/**
 * One index as it goes into the shaded jar.
 *
 * @param name the jar entry name
 * @param text the whole file
 * @param time the entry's modification time, in milliseconds since the epoch, from the input entry
 */
record IndexEntry(String name, String text, long time) {
    IndexEntry named(String newName) {
        return new IndexEntry(newName, text, time);
    }
}
