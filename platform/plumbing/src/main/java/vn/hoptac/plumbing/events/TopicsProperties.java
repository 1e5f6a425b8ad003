package vn.hoptac.plumbing.events;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The topics a service creates ({@code hoptac.topics.*}): its own events topic and its dead-letter
 * topics. Retention is unlimited because reporting and other alliances rebuild from them; the
 * partition count is fixed because growing it later breaks per-key order.
 */
@ConfigurationProperties("hoptac.topics")
public record TopicsProperties(List<String> create, Integer partitions, Short replicationFactor,
        Integer minInsyncReplicas) {

    public TopicsProperties {
        create = create == null ? List.of() : List.copyOf(create);
        partitions = partitions == null ? 6 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        minInsyncReplicas = minInsyncReplicas == null ? 1 : minInsyncReplicas;
    }
}
