package dev.premain.agent.internal.discovery.cache;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * What a per-jar cached scan result is keyed by: the jar's {@link FileStamp} (the same notion of
 * "unchanged" the whole-class-path cache uses), and a CRC of the jar's central directory, which
 * holds every entry's own CRC, so any changed class changes it. Reading it costs one small read,
 * not an inflate of the jar.
 *
 * @param stamp size, modification time, inode and change time
 * @param directoryCrc the CRC-32 of the central directory, or 0 if it could not be located
 */
public record JarIdentity(FileStamp stamp, long directoryCrc) {
    private static final int END_RECORD = 0x06054b50;
    private static final int END_RECORD_SIZE = 22;

    /** An identity with no change stamp, for tests and for file systems without one. */
    public JarIdentity(long size, long modified, long directoryCrc) {
        this(new FileStamp(size, modified, "-"), directoryCrc);
    }

    /**
     * The identity by content alone (size and central-directory CRC), without the stat calls for the
     * times and inode: what the class-path index keys by, and all a start without a scan cache needs.
     */
    public static JarIdentity ofContent(Path jar) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(jar.toFile(), "r")) {
            long size = file.length();
            return new JarIdentity(new FileStamp(size, 0, "-"), centralDirectoryCrc(file, size));
        }
    }

    public static JarIdentity of(Path jar) throws IOException {
        FileStamp stamp = FileStamp.of(jar);
        try (RandomAccessFile file = new RandomAccessFile(jar.toFile(), "r")) {
            return new JarIdentity(stamp, centralDirectoryCrc(file, stamp.size()));
        }
    }

    public long size() {
        return stamp.size();
    }

    public long modified() {
        return stamp.modified();
    }

    private static long centralDirectoryCrc(RandomAccessFile file, long size) throws IOException {
        int tail = (int) Math.min(size, END_RECORD_SIZE + 65535L);
        byte[] bytes = new byte[tail];
        file.seek(size - tail);
        file.readFully(bytes);
        for (int at = tail - END_RECORD_SIZE; at >= 0; at--) {
            if (int32(bytes, at) == END_RECORD) {
                long directorySize = int32(bytes, at + 12) & 0xffffffffL;
                long directoryOffset = int32(bytes, at + 16) & 0xffffffffL;
                return directoryOffset + directorySize > size ? 0 : crc(file, directoryOffset, (int) directorySize);
            }
        }
        return 0;
    }

    private static long crc(RandomAccessFile file, long offset, int length) throws IOException {
        byte[] directory = new byte[length];
        file.seek(offset);
        file.readFully(directory);
        CRC32 crc = new CRC32();
        crc.update(directory);
        return crc.getValue();
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    /** The key line stored in a cache file. */
    public String asText() {
        return stamp.asText() + " " + directoryCrc;
    }
}
