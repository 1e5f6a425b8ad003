package vn.hoptac.plumbing.consuming;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.events.EventJson;

/**
 * Which {@code ce_source}s a consumer believes on each topic. By default a topic of this deployment,
 * {@code <prefix><service>.events}, trusts only this alliance's own {@code /provinces/<code>/<service>}
 * (or {@code /national/<service>}); {@code hoptac.events.trusted-sources[<topic>]} names the sources
 * of any other topic, e.g. a national reporting instance's {@code p19.registry.events}. A topic with
 * neither trusts nothing. Who may write a topic at all is Kafka's own business (SASL and ACLs).
 */
public final class TrustedSources {

    private static final Pattern PROVINCIAL_SOURCE = Pattern.compile("/provinces/([0-9]{2})/[a-z][a-z-]*");

    private final Alliance alliance;
    private final String prefix;
    private final Map<String, Set<String>> configured;

    public TrustedSources(Alliance alliance, String prefix, Map<String, List<String>> configured) {
        this.alliance = alliance;
        this.prefix = prefix;
        this.configured = configured.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        this.configured.values().stream().flatMap(Set::stream).forEach(TrustedSources::requireSourceName);
    }

    /** The sources believed on {@code topic}. */
    public Set<String> on(String topic) {
        if (topic == null) {
            return Set.of();
        }
        Set<String> sources = configured.get(topic);
        if (sources != null) {
            return sources;
        }
        Matcher own = Pattern.compile(Pattern.quote(prefix) + "([a-z][a-z-]*)\\.events").matcher(topic);
        if (!own.matches()) {
            return Set.of();
        }
        String service = own.group(1);
        return Set.of(alliance.national() ? "/national/" + service : Alliance.sourceOf(alliance.provinceCode(), service));
    }

    /** Why {@code event}, read from {@code topic}, must not be believed; empty when it may. */
    Optional<QuarantinedEventException> check(String topic, String source, byte[] data) {
        Set<String> trusted = on(topic);
        if (trusted.isEmpty()) {
            return Optional.of(new QuarantinedEventException("unknown-topic",
                    "no source is trusted on topic " + topic + " (set hoptac.events.trusted-sources)"));
        }
        if (source == null || !trusted.contains(source)) {
            return Optional.of(new QuarantinedEventException("untrusted-source",
                    "source " + source + " is not trusted on " + topic + "; trusted: " + trusted));
        }
        Matcher provincial = PROVINCIAL_SOURCE.matcher(source);
        if (provincial.matches()) {
            String claimed = provinceCode(data);
            if (claimed != null && !claimed.equals(provincial.group(1))) {
                return Optional.of(new QuarantinedEventException("province-mismatch",
                        "provinceCode " + claimed + " disagrees with source " + source));
            }
        }
        return Optional.empty();
    }

    /** The data's top-level {@code provinceCode}, if it has one (unreadable data is the handler's to refuse). */
    private static String provinceCode(byte[] data) {
        try {
            JsonNode node = EventJson.mapper().readTree(data);
            JsonNode code = node == null ? null : node.get("provinceCode");
            return code == null || code.isNull() ? null : code.asString();
        } catch (JacksonException e) {
            return null;
        }
    }

    private static void requireSourceName(String source) {
        if (!PROVINCIAL_SOURCE.matcher(source).matches() && !source.matches("/national/[a-z][a-z-]*")) {
            throw new IllegalStateException("hoptac.events.trusted-sources: '" + source
                    + "' is not an event source such as /provinces/19/registry or /national/campaigns");
        }
    }
}
