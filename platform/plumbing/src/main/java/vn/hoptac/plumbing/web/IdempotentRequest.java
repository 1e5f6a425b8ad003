package vn.hoptac.plumbing.web;

import java.util.Optional;
import java.util.function.Function;
import vn.hoptac.plumbing.errors.UnprocessableException;

/**
 * The one idempotency rule: an {@code Idempotency-Key} (1 to 200 printable characters) names a
 * request; the request's fingerprint is a hash of its parsed body. A retry with the same key and body
 * is answered as the first time; the same key with another body is 422.
 *
 * @param key         the key, or null when the request carries none
 * @param fingerprint the hash of what the request asked
 */
public record IdempotentRequest(String key, String fingerprint) {

    public static final String HEADER = RequestFingerprint.IDEMPOTENCY_KEY;

    /** From the header's value (validated) and the parsed body. */
    public static IdempotentRequest of(String header, Object body) {
        return new IdempotentRequest(RequestFingerprint.key(header), RequestFingerprint.of(body));
    }

    public boolean keyed() {
        return key != null;
    }

    /**
     * What an earlier request with this key did, if there was one: the same request is a replay, a
     * different one is refused.
     *
     * @param fingerprintOf the fingerprint the earlier result was stored with
     */
    public <T> Optional<T> replayOf(Optional<T> earlier, Function<T, String> fingerprintOf) {
        if (earlier.isPresent() && !fingerprint.equals(fingerprintOf.apply(earlier.get()))) {
            throw new UnprocessableException("This Idempotency-Key was already used for a different request.");
        }
        return earlier;
    }
}
