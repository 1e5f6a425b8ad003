package vn.hoptac.plumbing.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.hoptac.plumbing.errors.BadRequestException;
import vn.hoptac.plumbing.events.EventJson;

/**
 * Idempotency keys and the content they were first used with, so a retry is told apart from a
 * different request that reuses the key (which is refused with 422).
 */
public final class RequestFingerprint {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private RequestFingerprint() {
    }

    /** A hash of the request as parsed: the same content always gives the same fingerprint. */
    public static String of(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(EventJson.writeString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header's key, validated; null when absent. */
    public static String key(String header) {
        if (header == null) {
            return null;
        }
        String key = header.strip();
        if (key.isEmpty() || key.length() > 200 || key.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException(IDEMPOTENCY_KEY, "Idempotency-Key must be 1 to 200 printable characters.");
        }
        return key;
    }
}
