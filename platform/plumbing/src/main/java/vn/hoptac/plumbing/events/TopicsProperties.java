package vn.hoptac.plumbing.events;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The topics a service creates ({@code hoptac.topics.*}): its own events topic and its dead-letter
 * topics. Retention is unlimited because reporting and other alliances rebuild from them; the
 * partition count is fixed because growing it later breaks per-key order.
 *
 * @param prefix put before every topic name the service publishes to (e.g. {@code p19.}), so that
 *               several alliances share one broker locally as MirrorMaker 2 names their topics in a
 *               national cluster ({@code p19.registry.events}); empty in an alliance's own cluster.
 *               The names in {@code create} and in the bindings are written with it already.
 */
@ConfigurationProperties("hoptac.topics")
public record TopicsProperties(String prefix, List<String> create, Integer partitions, Short replicationFactor,
        Integer minInsyncReplicas) {

    public TopicsProperties {
        prefix = prefix == null ? "" : prefix.trim();
        if (!prefix.isEmpty() && !prefix.matches("[a-zA-Z0-9_-]+\\.")) {
            throw new IllegalArgumentException("hoptac.topics.prefix must be letters, digits, - or _ followed by a dot, e.g. p19.");
        }
        create = create == null ? List.of() : List.copyOf(create);
        partitions = partitions == null ? 6 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        minInsyncReplicas = minInsyncReplicas == null ? 1 : minInsyncReplicas;
    }
}
