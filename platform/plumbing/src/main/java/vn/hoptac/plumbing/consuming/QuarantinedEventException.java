package vn.hoptac.plumbing.consuming;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * An event that is not believed: from a source not trusted on its topic, or whose
 * {@code provinceCode} disagrees with its {@code ce_source}. It is never applied and never retried:
 * the binder dead-letters it at once, with the reason in its {@code x-exception-message} header
 * ({@code …; quarantined: <reason>: <detail>}, after the binder's own words) and this class in
 * {@code x-exception-stacktrace}.
 */
public final class QuarantinedEventException extends RuntimeException {

    /** What a quarantined letter's {@code x-exception-message} says before the reason. */
    public static final String MARK = "quarantined: ";
    private static final String MESSAGE_HEADER = "x-exception-message";

    private final String reason;

    QuarantinedEventException(String reason, String detail) {
        super(MARK + reason + ": " + detail);
        this.reason = reason;
    }

    /** {@code untrusted-source}, {@code province-mismatch} or {@code unknown-topic}. */
    public String reason() {
        return reason;
    }

    static boolean isQuarantined(Headers headers) {
        Header message = headers.lastHeader(MESSAGE_HEADER);
        if (message == null) {
            return false;
        }
        String text = new String(message.value(), StandardCharsets.UTF_8);
        return text.startsWith(MARK) || text.contains("; " + MARK);
    }
}
