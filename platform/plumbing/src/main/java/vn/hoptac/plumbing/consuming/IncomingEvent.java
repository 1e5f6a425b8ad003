package vn.hoptac.plumbing.consuming;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import vn.hoptac.contracts.CloudEventHeaders;
import vn.hoptac.plumbing.events.EventJson;
import vn.hoptac.plumbing.events.UnreadableEventException;

/** A CloudEvent read from Kafka's binary mode: the envelope from headers, the data as bytes. */
public record IncomingEvent(String id, String type, String source, String subject, long sequence, Instant time,
        byte[] data) {

    /** The key under which a consumer remembers it applied this event. */
    public String dedupKey() {
        return subject + "/" + sequence;
    }

    public <T> T data(Class<T> type) {
        return EventJson.read(data, type);
    }

    static IncomingEvent from(Message<byte[]> message) {
        String type = header(message, CloudEventHeaders.TYPE);
        String sequence = header(message, CloudEventHeaders.SEQUENCE);
        String time = header(message, CloudEventHeaders.TIME);
        try {
            return new IncomingEvent(header(message, CloudEventHeaders.ID), type, header(message, CloudEventHeaders.SOURCE),
                    header(message, CloudEventHeaders.SUBJECT), Long.parseLong(sequence), Instant.parse(time),
                    message.getPayload());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new UnreadableEventException("Malformed CloudEvents header: " + e.getMessage(), e);
        }
    }

    static String typeOf(Message<byte[]> message) {
        return optionalHeader(message, CloudEventHeaders.TYPE);
    }

    static String sourceOf(Message<byte[]> message) {
        return optionalHeader(message, CloudEventHeaders.SOURCE);
    }

    /** The topic the record was read from, as the Kafka binder says. */
    static String topicOf(Message<byte[]> message) {
        return optionalHeader(message, KafkaHeaders.RECEIVED_TOPIC);
    }

    private static String optionalHeader(Message<byte[]> message, String name) {
        Object value = message.getHeaders().get(name);
        return value == null ? null : text(value);
    }

    private static String header(Message<byte[]> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value == null) {
            throw new UnreadableEventException("Missing CloudEvents header " + name);
        }
        return text(value);
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }
}
