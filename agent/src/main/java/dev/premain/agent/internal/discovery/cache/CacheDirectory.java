package dev.premain.agent.internal.discovery.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Whether a scan-cache directory may be trusted with hints: only one the user owns and no one else
 * can write to, since a cache file can add or hide contributions. Checked once per start, with two
 * stat calls, before any file in it is read.
 */
final class CacheDirectory {
    /** How a directory may be used. */
    enum Use {
        /** Read and written. */
        READ_WRITE,
        /** Read only, silently: an image's read-only cache (containers). */
        READ_ONLY,
        /** Not used at all: someone else could have written its files. */
        REFUSED
    }

    private final Use use;
    private final String reason;

    private CacheDirectory(Use use, String reason) {
        this.use = use;
        this.reason = reason;
    }

    static CacheDirectory of(Path directory) {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return new CacheDirectory(Use.READ_WRITE, null); // Why: created later, private to this user.
        }
        try {
            if (!Files.isDirectory(directory)) {
                return new CacheDirectory(Use.READ_WRITE, null); // Why: the write reports why it cannot write.
            }
            if (!ownedByThisProcess(directory)) {
                return new CacheDirectory(Use.REFUSED, "is owned by '" + Files.getOwner(directory).getName()
                        + "', not by '" + System.getProperty("user.name") + "'");
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
            if (permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                return new CacheDirectory(Use.REFUSED, "can be written by other users");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Why usable: a file system without owners or POSIX permissions (Windows) has nothing to check here.
        }
        return new CacheDirectory(Files.isWritable(directory) ? Use.READ_WRITE : Use.READ_ONLY, null);
    }

    /**
     * Compares numeric user IDs: the directory's with this process's (the owner of {@code /proc/self}).
     * Why not owner names: resolving a name asks the system's user database, milliseconds before main.
     */
    private static boolean ownedByThisProcess(Path directory) throws IOException {
        Path self = Path.of("/proc/self");
        if (Files.exists(self)) {
            return Files.getAttribute(directory, "unix:uid", LinkOption.NOFOLLOW_LINKS)
                    .equals(Files.getAttribute(self, "unix:uid"));
        }
        return Files.getOwner(directory).getName().equals(System.getProperty("user.name"));
    }

    Use use() {
        return use;
    }

    /** Why the directory is refused, e.g. {@code can be written by other users}. */
    String reason() {
        return reason;
    }
}
