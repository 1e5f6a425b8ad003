package vn.hoptac.plumbing.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the service's topics explicitly (the brokers do not auto-create). It runs beside startup
 * and retries, so a service starts and accepts writes while the broker is still away.
 */
public final class TopicCreator {

    private static final Logger log = LoggerFactory.getLogger(TopicCreator.class);

    private final Map<String, Object> adminConfig;
    private final TopicsProperties topics;
    private volatile boolean done;

    public TopicCreator(Map<String, Object> adminConfig, TopicsProperties topics) {
        Map<String, Object> config = new java.util.HashMap<>(adminConfig);
        // Short timeouts: the first try runs during startup and must not hold it up when the broker is away.
        config.put(org.apache.kafka.clients.admin.AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        config.put(org.apache.kafka.clients.admin.AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        this.adminConfig = config;
        this.topics = topics;
    }

    public boolean isDone() {
        return done || topics.create().isEmpty();
    }

    /** Tries once; returns whether every topic exists now. */
    public boolean createOnce() {
        if (isDone()) {
            return true;
        }
        try (Admin admin = Admin.create(adminConfig)) {
            for (String name : topics.create()) {
                NewTopic topic = new NewTopic(name, topics.partitions(), topics.replicationFactor()).configs(Map.of(
                        TopicConfig.RETENTION_MS_CONFIG, "-1",
                        TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(topics.minInsyncReplicas())));
                try {
                    admin.createTopics(List.of(topic)).all().get();
                    log.info("Created topic {} ({} partitions, unlimited retention)", name, topics.partitions());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof TopicAuthorizationException
                            || e.getCause() instanceof ClusterAuthorizationException) {
                        // Where ACLs keep services from creating topics, the operator creates them (e.g. KafkaTopic).
                        log.info("Not allowed to create topic {}: it is the operator's to create", name);
                        continue;
                    }
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            done = true;
        } catch (ExecutionException | RuntimeException e) {
            log.warn("Could not create topics yet ({}); will retry", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return done;
    }

    /** Retries in the background until every topic exists. */
    public void createInBackground(Duration retryEvery) {
        Thread thread = new Thread(() -> {
            while (!createOnce() && !Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(retryEvery.toMillis()); // retry pacing while the broker is away
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "topic-creator");
        thread.setDaemon(true);
        thread.start();
    }
}
