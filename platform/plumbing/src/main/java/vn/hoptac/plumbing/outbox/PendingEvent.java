package vn.hoptac.plumbing.outbox;

import java.time.Instant;

/**
 * An event stored inside its aggregate's document, in the same write as the change that caused it,
 * until the relay has seen Kafka acknowledge it. Everything the CloudEvents headers need is fixed
 * here, so a redelivery after a crash is byte-for-byte the same event.
 */
public record PendingEvent(String eventId, String type, String source, String subject, long sequence, Instant time,
        String dataSchema, String topic, String data) {
}
