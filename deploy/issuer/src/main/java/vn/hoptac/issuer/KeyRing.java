package vn.hoptac.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The issuer's signing keys: the first signs, the second (the one before the last rotation) still
 * verifies, so tokens issued before a rotation stay valid until they expire. The JWKS publishes both.
 * Kept in a file (private keys, owner-only) that the running issuer re-reads when it changes, so
 * {@code rotate-keys} from another process takes effect without a restart.
 */
public final class KeyRing {

    static final int KEPT = 2;

    private final Path file;
    private volatile List<RSAKey> keys;
    private volatile FileTime readAt;

    private KeyRing(Path file, List<RSAKey> keys) {
        this.file = file;
        this.keys = List.copyOf(keys);
    }

    /** One fresh key, in memory only. */
    public static KeyRing inMemory() {
        return new KeyRing(null, List.of(newKey()));
    }

    /** The keys in {@code file}, made (with one new key) when it does not exist yet. */
    public static KeyRing inFile(Path file) {
        if (!Files.exists(file)) {
            write(file, List.of(newKey()));
        }
        KeyRing ring = new KeyRing(file, read(file));
        ring.readAt = modified(file);
        return ring;
    }

    /** Puts a new signing key first and keeps the previous one for verifying; returns the new key's id. */
    public static String rotate(Path file) {
        List<RSAKey> keys = new ArrayList<>(Files.exists(file) ? read(file) : List.of());
        keys.add(0, newKey());
        write(file, keys.subList(0, Math.min(KEPT, keys.size())));
        return keys.get(0).getKeyID();
    }

    /** The key that signs new tokens. */
    public RSAKey signing() {
        return current().get(0);
    }

    /** Every key a token of this issuer may be signed with (private parts included: the issuer's own use). */
    public List<RSAKey> all() {
        return current();
    }

    private List<RSAKey> current() {
        if (file != null) {
            FileTime modified = modified(file);
            if (modified != null && !modified.equals(readAt)) {
                synchronized (this) {
                    if (!modified.equals(readAt)) {
                        keys = read(file);
                        readAt = modified;
                    }
                }
            }
        }
        return keys;
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a signing key", e);
        }
    }

    private static List<RSAKey> read(Path file) {
        try {
            List<RSAKey> keys = new ArrayList<>();
            for (JWK key : JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8)).getKeys()) {
                keys.add(key.toRSAKey());
            }
            if (keys.isEmpty() || !keys.get(0).isPrivate()) {
                throw new IllegalStateException(file + " holds no private signing key");
            }
            return keys;
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Could not read the signing keys in " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, List<RSAKey> keys) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".keys-", ".json");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own protection applies
            }
            Files.writeString(temp, new JWKSet(new ArrayList<>(keys)).toString(false), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the signing keys to " + file + ": " + e.getMessage(), e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }
}
