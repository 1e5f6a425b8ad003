package vn.hoptac.plumbing.observability;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import vn.hoptac.plumbing.outbox.OutboxBacklog;

/**
 * Kafka as {@code /actuator/health} shows it, with the outbox backlog beside it. It is kept out of
 * the readiness group on purpose: the outbox accepts writes while the broker is away.
 */
public final class KafkaHealthIndicator implements HealthIndicator, AutoCloseable {

    private final Admin admin;
    private final OutboxBacklog backlog;

    public KafkaHealthIndicator(Map<String, Object> adminConfig, OutboxBacklog backlog) {
        Map<String, Object> config = new java.util.HashMap<>(adminConfig);
        config.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        this.admin = Admin.create(config);
        this.backlog = backlog;
    }

    @Override
    public Health health() {
        OutboxBacklog.Snapshot outbox = backlog.last();
        Health.Builder builder;
        try {
            String clusterId = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000)).clusterId()
                    .get(4, TimeUnit.SECONDS);
            builder = Health.up().withDetail("clusterId", clusterId);
        } catch (Exception e) {
            builder = Health.down().withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return builder.withDetail("outboxBacklogEvents", outbox.events())
                .withDetail("outboxOldestAgeSeconds", outbox.oldestAge().toSeconds()).build();
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
