package vn.hoptac.testsupport;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;

/**
 * What a service holds, for tests that must prove a request changed nothing: every document of its
 * database (but the relay's self-renewing lease) and the end offsets of the topics it publishes.
 */
public final class ServiceState implements AutoCloseable {

    /** A moment of the service's state; two are equal when nothing was stored or published between them. */
    public record Snapshot(Map<String, List<String>> documents, Map<TopicPartition, Long> offsets) {
    }

    private final MongoDatabase database;
    private final List<String> topics;
    private final Admin admin;

    public ServiceState(MongoDatabase database, List<String> topics) {
        this.database = database;
        this.topics = List.copyOf(topics);
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.shared().kafkaBootstrapServers()));
    }

    public Snapshot snapshot() {
        Map<String, List<String>> documents = new TreeMap<>();
        for (String collection : database.listCollectionNames()) {
            if (collection.equals("leases")) {
                continue; // the relay's lease renews itself
            }
            List<String> all = new ArrayList<>();
            database.getCollection(collection).find().sort(Sorts.ascending("_id")).forEach(d -> all.add(d.toJson()));
            documents.put(collection, all);
        }
        return new Snapshot(documents, endOffsets());
    }

    /**
     * Waits until the outbox is empty and each of {@code groups} has consumed, to their end, the
     * published topics it reads (those it has committed offsets on).
     */
    public void awaitSettled(List<String> groups) {
        Eventually.await("the outbox drained and the consumers caught up", Duration.ofSeconds(30), () -> {
            for (String collection : database.listCollectionNames()) {
                if (database.getCollection(collection).countDocuments(new Document("pendingEvents.0",
                        new Document("$exists", true))) > 0) {
                    return false;
                }
            }
            Map<TopicPartition, Long> end = endOffsets();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
                for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
                    OffsetAndMetadata at = committed.get(partition.getKey());
                    if (at != null && at.offset() < partition.getValue()) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group) {
        try {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        } catch (Exception e) {
            return Map.of();
        }
    }

    private Map<TopicPartition, Long> endOffsets() {
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((name, description) -> description.partitions()
                    .forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> offsets = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, info) -> offsets.put(partition, info.offset()));
            return offsets;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Could not read the topics' end offsets: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
