package vn.hoptac.plumbing.consuming;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends the dead letters of {@code <topic>.<group>.dlq} back to {@code <topic>} once the cause is
 * fixed. Each letter goes back with its key and CloudEvents headers (so its {@code ce_id} and
 * sequence are unchanged and other consumers drop it as a duplicate); the failure headers the binder
 * added are left behind. Progress is committed under a group of its own, so a letter is re-driven once.
 */
public final class DeadLetterRedriver {

    /**
     * What one re-drive did. Quarantined letters (events from an untrusted source) are never sent
     * back: {@code quarantinedLeft} counts those passed over.
     */
    public record Result(String deadLetterTopic, String targetTopic, int redriven, int quarantinedLeft) {
    }

    public static final String REDRIVEN_AT = "hoptac_redriven_at";

    private final Map<String, Object> clientConfig;

    /** @param clientConfig connection settings (bootstrap servers, security) shared by consumer and producer */
    public DeadLetterRedriver(Map<String, Object> clientConfig) {
        this.clientConfig = Map.copyOf(clientConfig);
    }

    public static String deadLetterTopic(String topic, String group) {
        return topic + "." + group + ".dlq";
    }

    public Result redrive(String deadLetterTopic) {
        if (!deadLetterTopic.endsWith(".dlq") || deadLetterTopic.split("\\.").length < 3) {
            throw new IllegalArgumentException("Not a dead-letter topic name (<topic>.<group>.dlq): " + deadLetterTopic);
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(deadLetterTopic));
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            if (partitions.isEmpty()) {
                throw new IllegalArgumentException("No such dead-letter topic: " + deadLetterTopic);
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata from = committed.get(partition);
                if (from == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, from.offset());
                }
            }
            int redriven = 0;
            int quarantined = 0;
            String target = null;
            while (!reachedEnd(consumer, partitions, end)) {
                Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
                List<Future<RecordMetadata>> sent = new java.util.ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> letter : consumer.poll(Duration.ofMillis(500))) {
                    if (letter.offset() >= end.get(new TopicPartition(letter.topic(), letter.partition()))) {
                        continue; // arrived after the re-drive began: left for the next one
                    }
                    progress.put(new TopicPartition(letter.topic(), letter.partition()), new OffsetAndMetadata(letter.offset() + 1));
                    if (QuarantinedEventException.isQuarantined(letter.headers())) {
                        quarantined++;
                        continue;
                    }
                    target = targetTopic(deadLetterTopic, letter);
                    ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(target, letter.key(), letter.value());
                    for (Header header : letter.headers()) {
                        if (!header.key().startsWith("x-") && !header.key().startsWith("kafka_dlt-") && !header.key().equals(REDRIVEN_AT)) {
                            again.headers().add(header);
                        }
                    }
                    again.headers().add(REDRIVEN_AT, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
                    sent.add(producer.send(again));
                }
                for (Future<RecordMetadata> ack : sent) {
                    ack.get();
                }
                redriven += sent.size();
                if (!progress.isEmpty()) {
                    consumer.commitSync(progress);
                }
            }
            return new Result(deadLetterTopic, target == null ? originalTopic(deadLetterTopic) : target, redriven,
                    quarantined);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused a re-driven letter: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while re-driving " + deadLetterTopic, e);
        }
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
    }

    private static String targetTopic(String deadLetterTopic, ConsumerRecord<byte[], byte[]> letter) {
        Header original = letter.headers().lastHeader("x-original-topic");
        return original == null ? originalTopic(deadLetterTopic) : new String(original.value(), StandardCharsets.UTF_8);
    }

    /** {@code p19.registry.events.loan-service.dlq} → {@code p19.registry.events}: a group has no dot. */
    static String originalTopic(String deadLetterTopic) {
        String withGroup = deadLetterTopic.substring(0, deadLetterTopic.length() - ".dlq".length());
        return withGroup.substring(0, withGroup.lastIndexOf('.'));
    }

    private Map<String, Object> consumerConfig(String deadLetterTopic) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "hoptac-redrive." + deadLetterTopic);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }
}
