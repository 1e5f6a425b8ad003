package vn.hoptac.plumbing.consuming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.hoptac.contracts.CloudEventHeaders;
import vn.hoptac.plumbing.alliance.AdministrativeUnits;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.alliance.AllianceProperties;
import vn.hoptac.plumbing.events.UnreadableEventException;

class EventDispatcherTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AdministrativeUnits units = AdministrativeUnits.load();
    private final TrustedSources trust = new TrustedSources(
            new Alliance(new AllianceProperties("19", "test", false), units), "", Map.of());

    static Message<byte[]> event(String type, String data) {
        return event(type, data, "test.events", "/provinces/19/test");
    }

    static Message<byte[]> event(String type, String data, String topic, String source) {
        return MessageBuilder.withPayload(data.getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, topic)
                .setHeader(CloudEventHeaders.SPEC_VERSION, "1.0")
                .setHeader(CloudEventHeaders.ID, "e-1").setHeader(CloudEventHeaders.TYPE, type)
                .setHeader(CloudEventHeaders.SOURCE, source)
                .setHeader(CloudEventHeaders.SUBJECT, "a-1").setHeader(CloudEventHeaders.SEQUENCE, "1")
                .setHeader(CloudEventHeaders.TIME, "2026-11-22T01:02:03Z").build();
    }

    @Test
    void unknownTypesAreSkippedAndCounted() {
        AtomicInteger calls = new AtomicInteger();
        var dispatcher = EventDispatcher.forConsumer("test", trust, meters).on("known.v1", e -> calls.incrementAndGet()).build();

        dispatcher.accept(event("unknown.v9", "{}"));

        assertThat(calls).hasValue(0);
        assertThat(meters.counter("hoptac.events.consumed", "consumer", "test", "type", "unknown.v9", "outcome", "skipped")
                .count()).isEqualTo(1);
    }

    @Test
    void aFailingHandlerIsRetriedABoundedNumberOfTimesThenFails() {
        AtomicInteger calls = new AtomicInteger();
        var dispatcher = EventDispatcher.forConsumer("test", trust, meters).retries(3, Duration.ofMillis(1)).on("known.v1", e -> {
            calls.incrementAndGet();
            throw new IllegalStateException("ledger closed");
        }).build();

        assertThatThrownBy(() -> dispatcher.accept(event("known.v1", "{}"))).isInstanceOf(HandlerFailedException.class)
                .hasMessageContaining("after 3 attempts").hasMessageContaining("ledger closed");
        assertThat(calls).hasValue(3);
    }

    @Test
    void unreadableDataIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        record Data(long amount) {
        }
        var dispatcher = EventDispatcher.forConsumer("test", trust, meters).retries(3, Duration.ofMillis(1)).on("known.v1", e -> {
            calls.incrementAndGet();
            e.data(Data.class);
        }).build();

        assertThatThrownBy(() -> dispatcher.accept(event("known.v1", "not json"))).isInstanceOf(UnreadableEventException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void anEventWithoutItsEnvelopeIsUnreadable() {
        var dispatcher = EventDispatcher.forConsumer("test", trust, meters).on("known.v1", e -> { }).build();
        Message<byte[]> noSequence = MessageBuilder.withPayload("{}".getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, "test.events").setHeader(CloudEventHeaders.SOURCE, "/provinces/19/test")
                .setHeader(CloudEventHeaders.TYPE, "known.v1").setHeader(CloudEventHeaders.ID, "x").build();

        assertThatThrownBy(() -> dispatcher.accept(noSequence)).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("ce_");
    }

    @Test
    void anEventFromAnotherAlliancesSourceIsQuarantinedCountedAndNeverApplied() {
        AtomicInteger calls = new AtomicInteger();
        var dispatcher = EventDispatcher.forConsumer("test", trust, meters).on("known.v1", e -> calls.incrementAndGet()).build();

        assertThatThrownBy(() -> dispatcher.accept(event("known.v1", "{\"provinceCode\": \"68\"}", "test.events",
                "/provinces/68/test"))).isInstanceOf(QuarantinedEventException.class)
                .hasMessageStartingWith("quarantined: untrusted-source")
                .hasMessageContaining("/provinces/68/test");
        // Unknown types from an untrusted source are quarantined too: a spoofer cannot hide behind a new type.
        assertThatThrownBy(() -> dispatcher.accept(event("other.v1", "{}", "test.events", "/provinces/68/test")))
                .isInstanceOf(QuarantinedEventException.class);

        assertThat(calls).hasValue(0);
        assertThat(meters.counter("hoptac.events.quarantined", "consumer", "test", "topic", "test.events",
                "reason", "untrusted-source").count()).isEqualTo(2);
    }

    @Test
    void aProvinceCodeThatDisagreesWithTheSourceIsQuarantined() {
        AtomicInteger calls = new AtomicInteger();
        var dispatcher = EventDispatcher.forConsumer("test", trust, meters).on("known.v1", e -> calls.incrementAndGet()).build();

        assertThatThrownBy(() -> dispatcher.accept(event("known.v1", "{\"provinceCode\": \"68\"}")))
                .isInstanceOf(QuarantinedEventException.class).hasMessageStartingWith("quarantined: province-mismatch");
        dispatcher.accept(event("known.v1", "{\"provinceCode\": \"19\"}"));

        assertThat(calls).hasValue(1);
    }

    @Test
    void aTopicWithNoTrustedSourceBelievesNothing() {
        var dispatcher = EventDispatcher.forConsumer("test", trust, meters).on("known.v1", e -> { }).build();

        assertThatThrownBy(() -> dispatcher.accept(event("known.v1", "{}", "somewhere.else", "/provinces/19/test")))
                .isInstanceOf(QuarantinedEventException.class).hasMessageStartingWith("quarantined: unknown-topic");
        assertThatThrownBy(() -> dispatcher.accept(event("known.v1", "{}", null, "/provinces/19/test")))
                .isInstanceOf(QuarantinedEventException.class);
    }

    @Test
    void configuredSourcesAndThePrefixDecideWhatATopicTrusts() {
        Alliance alliance = new Alliance(new AllianceProperties("19", "reporting", false), units);
        TrustedSources prefixed = new TrustedSources(alliance, "p19.", Map.of(
                "p68.registry.events", List.of("/provinces/68/registry")));

        assertThat(prefixed.on("p19.registry.events")).containsExactly("/provinces/19/registry");
        assertThat(prefixed.on("registry.events")).isEmpty();
        assertThat(prefixed.on("p68.registry.events")).containsExactly("/provinces/68/registry");
        assertThat(new TrustedSources(new Alliance(new AllianceProperties("19", "reporting", true), units), "", Map.of())
                .on("campaigns.events")).containsExactly("/national/campaigns");
        assertThatThrownBy(() -> new TrustedSources(alliance, "", Map.of("x.events", List.of("anyone"))))
                .hasMessageContaining("'anyone' is not an event source");
    }
}
