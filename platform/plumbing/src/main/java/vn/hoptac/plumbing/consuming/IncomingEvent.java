package vn.hoptac.plumbing.consuming;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
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

    /** Reads the envelope with the CloudEvents SDK's Kafka binding, which checks it against the spec. */
    static IncomingEvent from(Message<byte[]> message) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(kafkaHeaders(message), message.getPayload()).toEvent();
        } catch (CloudEventRWException e) {
            throw new UnreadableEventException("Not a CloudEvent in Kafka's binary mode (ce_ headers): " + e.getMessage(), e);
        }
        Object sequence = event.getExtension(CloudEventHeaders.SEQUENCE_EXTENSION);
        require(event.getSubject(), CloudEventHeaders.SUBJECT);
        require(event.getTime(), CloudEventHeaders.TIME);
        require(sequence, CloudEventHeaders.SEQUENCE);
        try {
            return new IncomingEvent(event.getId(), event.getType(), event.getSource().toString(), event.getSubject(),
                    Long.parseLong(sequence.toString()), event.getTime().toInstant(), message.getPayload());
        } catch (NumberFormatException e) {
            throw new UnreadableEventException("Malformed CloudEvents header " + CloudEventHeaders.SEQUENCE + ": " + e.getMessage(), e);
        }
    }

    /** The binding reads Kafka's own headers; the binder has mapped them into the message (as bytes, or text). */
    private static Headers kafkaHeaders(Message<byte[]> message) {
        RecordHeaders headers = new RecordHeaders();
        message.getHeaders().forEach((name, value) -> {
            if (value != null && (name.startsWith("ce_") || name.equals(CloudEventHeaders.CONTENT_TYPE))) {
                headers.add(name, text(value).getBytes(StandardCharsets.UTF_8));
            }
        });
        return headers;
    }

    private static void require(Object attribute, String header) {
        if (attribute == null) {
            throw new UnreadableEventException("Missing CloudEvents header " + header);
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

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }
}
