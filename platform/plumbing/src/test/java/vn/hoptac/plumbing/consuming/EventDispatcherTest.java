package vn.hoptac.plumbing.consuming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.hoptac.contracts.CloudEventHeaders;
import vn.hoptac.plumbing.events.UnreadableEventException;

class EventDispatcherTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    static Message<byte[]> event(String type, String data) {
        return MessageBuilder.withPayload(data.getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.ID, "e-1").setHeader(CloudEventHeaders.TYPE, type)
                .setHeader(CloudEventHeaders.SOURCE, "/provinces/19/test")
                .setHeader(CloudEventHeaders.SUBJECT, "a-1").setHeader(CloudEventHeaders.SEQUENCE, "1")
                .setHeader(CloudEventHeaders.TIME, "2026-11-22T01:02:03Z").build();
    }

    @Test
    void unknownTypesAreSkippedAndCounted() {
        AtomicInteger calls = new AtomicInteger();
        var dispatcher = EventDispatcher.forConsumer("test", meters).on("known.v1", e -> calls.incrementAndGet()).build();

        dispatcher.accept(event("unknown.v9", "{}"));

        assertThat(calls).hasValue(0);
        assertThat(meters.counter("hoptac.events.consumed", "consumer", "test", "type", "unknown.v9", "outcome", "skipped")
                .count()).isEqualTo(1);
    }

    @Test
    void aFailingHandlerIsRetriedABoundedNumberOfTimesThenFails() {
        AtomicInteger calls = new AtomicInteger();
        var dispatcher = EventDispatcher.forConsumer("test", meters).retries(3, Duration.ofMillis(1)).on("known.v1", e -> {
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
        var dispatcher = EventDispatcher.forConsumer("test", meters).retries(3, Duration.ofMillis(1)).on("known.v1", e -> {
            calls.incrementAndGet();
            e.data(Data.class);
        }).build();

        assertThatThrownBy(() -> dispatcher.accept(event("known.v1", "not json"))).isInstanceOf(UnreadableEventException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void anEventWithoutItsEnvelopeIsUnreadable() {
        var dispatcher = EventDispatcher.forConsumer("test", meters).on("known.v1", e -> { }).build();
        Message<byte[]> noSequence = MessageBuilder.withPayload("{}".getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.TYPE, "known.v1").setHeader(CloudEventHeaders.ID, "x").build();

        assertThatThrownBy(() -> dispatcher.accept(noSequence)).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("ce_");
    }
}
