package vn.hoptac.testsupport;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/** What a service's consumer group has handled, read from the broker's committed offsets. */
public final class ConsumerGroups {

    private ConsumerGroups() {
    }

    /**
     * Waits until {@code group} committed past {@code record}: the consumer handled it, whatever it
     * decided (applied, ignored as a duplicate, sent to dead letters). A test can then assert that
     * nothing changed without waiting a fixed time.
     */
    public static void awaitConsumed(String group, RecordMetadata record, Duration timeout) {
        awaitConsumed(group, new TopicPartition(record.topic(), record.partition()), record.offset(), timeout);
    }

    /** As {@link #awaitConsumed(String, RecordMetadata, Duration)} for a record read back from the topic. */
    public static void awaitConsumed(String group, ConsumerRecord<?, ?> record, Duration timeout) {
        awaitConsumed(group, new TopicPartition(record.topic(), record.partition()), record.offset(), timeout);
    }

    private static void awaitConsumed(String group, TopicPartition partition, long offset, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.shared().kafkaBootstrapServers()))) {
            Eventually.await(group + " past " + partition + "@" + offset, timeout, () -> {
                try {
                    OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                            .get(10, TimeUnit.SECONDS).get(partition);
                    return committed != null && committed.offset() > offset;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted waiting for " + group, e);
                } catch (Exception e) {
                    return false; // the group may not exist yet
                }
            });
        }
    }
}
