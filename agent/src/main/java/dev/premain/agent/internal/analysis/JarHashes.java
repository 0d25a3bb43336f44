package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.options.TrustPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 of jar files, each hashed once per run: what {@code trust=sha256:HEX} pins are checked
 * against, and what the audit prints. Used only when a pin is given or an audit asks, since the
 * first digest in a JVM loads the security providers (tens of milliseconds).
 */
public final class JarHashes implements TrustPolicy.ContentHash {
    private final Map<String, String> known = new HashMap<>();

    @Override
    public String sha256(String location) {
        String hash = known.get(location);
        if (hash == null && !known.containsKey(location)) {
            hash = hash(Path.of(location));
            known.put(location, hash);
        }
        return hash;
    }

    /** The hash of a regular file; a directory (or anything unreadable) has none and matches no pin. */
    private static String hash(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }
}
