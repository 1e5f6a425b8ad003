package vn.hoptac.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.hoptac.contracts.CloudEventHeaders;

/**
 * Puts CloudEvents on a topic the way another service or another province would: binary mode, key =
 * subject, plain-string {@code ce_*} headers. Tests use it to feed a consumer from outside, to spoof a
 * source, or to deliver the very same record twice.
 */
public final class CloudEventProducer implements AutoCloseable {

    /** One event as it goes on the wire; {@code dataSchema} may be null. */
    public record Event(String id, String type, String source, String subject, long sequence, byte[] data,
            String dataSchema) {

        public static Event of(String type, String source, String subject, long sequence, byte[] data) {
            return new Event(UUID.randomUUID().toString(), type, source, subject, sequence, data, null);
        }

        public Event withId(String eventId) {
            return new Event(eventId, type, source, subject, sequence, data, dataSchema);
        }

        public Event withDataSchema(String schema) {
            return new Event(id, type, source, subject, sequence, data, schema);
        }

        Map<String, String> headers() {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
            headers.put(CloudEventHeaders.ID, id);
            headers.put(CloudEventHeaders.TYPE, type);
            headers.put(CloudEventHeaders.SOURCE, source);
            headers.put(CloudEventHeaders.SUBJECT, subject);
            headers.put(CloudEventHeaders.SEQUENCE, Long.toString(sequence));
            headers.put(CloudEventHeaders.TIME, Instant.now().toString());
            headers.put(CloudEventHeaders.CONTENT_TYPE, "application/json");
            if (dataSchema != null) {
                headers.put(CloudEventHeaders.DATA_SCHEMA, dataSchema);
            }
            return headers;
        }
    }

    private final KafkaProducer<String, byte[]> producer;

    /** A producer on the tests' shared broker. */
    public CloudEventProducer() {
        this(TestInfrastructure.shared().kafkaBootstrapServers());
    }

    public CloudEventProducer(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** Sends and waits for the broker's acknowledgement, so the test knows the event is in the log. */
    public RecordMetadata send(String topic, Event event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.subject(), event.data());
        event.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return sendAndWait(record);
    }

    /** Delivers the very same record again (key, value, headers and so ce_id), as Kafka may after a crash. */
    public RecordMetadata redeliver(String topic, ConsumerRecord<String, byte[]> record) {
        ProducerRecord<String, byte[]> again = new ProducerRecord<>(topic, record.key(), record.value());
        for (Header header : record.headers()) {
            again.headers().add(header);
        }
        return sendAndWait(again);
    }

    private RecordMetadata sendAndWait(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted sending " + record, e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send " + record, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
