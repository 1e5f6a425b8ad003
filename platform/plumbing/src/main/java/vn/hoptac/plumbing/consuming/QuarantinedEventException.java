package vn.hoptac.plumbing.consuming;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * An event that is not believed: from a source not trusted on its topic, or whose
 * {@code provinceCode} disagrees with its {@code ce_source}. It is never applied and never retried:
 * the binder dead-letters it at once, with the reason in {@code x-exception-message}
 * ({@code quarantined: <reason>: …}) and this class in {@code x-exception-fqcn}.
 */
public final class QuarantinedEventException extends RuntimeException {

    private static final String FQCN_HEADER = "x-exception-fqcn";

    private final String reason;

    QuarantinedEventException(String reason, String detail) {
        super("quarantined: " + reason + ": " + detail);
        this.reason = reason;
    }

    /** {@code untrusted-source}, {@code province-mismatch} or {@code unknown-topic}. */
    public String reason() {
        return reason;
    }

    static boolean isQuarantined(Headers headers) {
        Header fqcn = headers.lastHeader(FQCN_HEADER);
        return fqcn != null && QuarantinedEventException.class.getName()
                .equals(new String(fqcn.value(), StandardCharsets.UTF_8));
    }
}
