package vn.hoptac.launcher;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Explicit topic creation as ARCHITECTURE.md wants it: unlimited retention, fixed partitions, one broker. */
public final class KafkaTopics {

    private KafkaTopics() {
    }

    /**
     * Creates the topics with {@code retention.ms=-1}, {@code min.insync.replicas=1} and replication
     * factor 1; a topic that already exists is left as it is.
     */
    public static void create(String bootstrapServers, List<String> names, int partitions) {
        create(bootstrapServers, Map.of(), names, partitions);
    }

    /** The same, with the client settings (e.g. SASL) the broker asks for. */
    public static void create(String bootstrapServers, Map<String, Object> clientConfig, List<String> names, int partitions) {
        Map<String, String> configs = Map.of(
                TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "1");
        List<NewTopic> topics = names.stream()
                .map(name -> new NewTopic(name, partitions, (short) 1).configs(configs))
                .toList();
        Map<String, Object> config = new java.util.HashMap<>(adminConfig(bootstrapServers));
        config.putAll(clientConfig);
        try (Admin admin = Admin.create(config)) {
            for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(topics).values().entrySet()) {
                awaitCreated(created.getKey(), created.getValue());
            }
        }
    }

    static Map<String, Object> adminConfig(String bootstrapServers) {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> future) {
        try {
            future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + topic + ": " + e.getCause(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        }
    }
}
