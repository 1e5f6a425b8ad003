package vn.hoptac.plumbing.consuming;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hoptac.events.trusted-sources}: per topic, the {@code ce_source}s its consumers believe,
 * beside the default (this alliance's own source on its own topics). In YAML a topic name with dots
 * is written in brackets: {@code "[p19.registry.events]": /provinces/19/registry}.
 */
@ConfigurationProperties("hoptac.events")
public record EventTrustProperties(Map<String, List<String>> trustedSources) {

    public EventTrustProperties {
        trustedSources = trustedSources == null ? Map.of() : Map.copyOf(trustedSources);
    }
}
