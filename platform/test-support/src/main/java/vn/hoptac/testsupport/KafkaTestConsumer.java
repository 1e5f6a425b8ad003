package vn.hoptac.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning, as a brand-new consumer would, until the test has seen what it
 * expects or a deadline passes. Keys are strings, values raw bytes (the wire format is what tests check).
 */
public final class KafkaTestConsumer {

    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrapServers;

    /** Reads from {@link TestInfrastructure#shared()}'s broker. */
    public KafkaTestConsumer() {
        this(TestInfrastructure.shared().kafkaBootstrapServers());
    }

    public KafkaTestConsumer(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Reads every partition of {@code topic} from its first offset until {@code done} accepts the records
     * read so far, or {@code timeout} passes. Returns the records either way (partition by partition in
     * offset order, interleaved as they arrive), so that the test's assertion says what was missing.
     */
    public List<ConsumerRecord<String, byte[]>> readUntil(String topic,
                                                         Predicate<List<ConsumerRecord<String, byte[]>>> done,
                                                         Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> view = Collections.unmodifiableList(records);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config(),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            // Assigned, not subscribed: no group rebalance to wait for; the fresh group id commits nothing.
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && !done.test(view) && Instant.now().isBefore(deadline)) {
                partitions = partitions(consumer, topic);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!partitions.isEmpty() && !done.test(view) && Instant.now().isBefore(deadline)) {
                consumer.poll(POLL).forEach(records::add);
            }
        }
        return List.copyOf(records);
    }

    /** Reads every record the topic holds now: up to the end offsets taken when the read starts. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config(),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not read all of " + topic + " within " + timeout);
                }
                consumer.poll(POLL).forEach(records::add);
            }
        }
        return List.copyOf(records);
    }

    /** Reads until at least {@code count} records arrived, or {@code timeout} passes. */
    public List<ConsumerRecord<String, byte[]>> readAtLeast(String topic, int count, Duration timeout) {
        return readUntil(topic, records -> records.size() >= count, timeout);
    }

    /** The last value of header {@code name} as a UTF-8 string, or {@code null} if the record has none. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The topic's partitions; none while it does not exist (yet) or the broker is slow to answer. */
    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        try {
            return consumer.partitionsFor(topic, POLL).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
        } catch (TimeoutException e) {
            return List.of();
        }
    }

    private Map<String, Object> config() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    }
}
