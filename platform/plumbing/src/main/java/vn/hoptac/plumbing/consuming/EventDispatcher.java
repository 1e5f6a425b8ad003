package vn.hoptac.plumbing.consuming;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import vn.hoptac.plumbing.events.UnreadableEventException;

/**
 * The one way a service consumes events: a Spring Cloud Stream {@code Consumer<Message<byte[]>>}
 * that routes by {@code ce_type}. Events are checked, not believed: one from a source not trusted on
 * its topic ({@link TrustedSources}) is quarantined, counted and never applied. Unknown types are skipped and counted (a new type must not flood
 * the dead letters); unreadable events fail at once; a failing handler is retried a bounded number of
 * times here, then fails. The binding runs with {@code max-attempts: 1} and a dead-letter queue, so
 * whatever fails here is dead-lettered with its error, exactly once.
 */
public final class EventDispatcher implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final String consumer;
    private final TrustedSources trust;
    private final Map<String, EventHandler> handlers;
    private final int maxAttempts;
    private final Duration backoff;
    private final MeterRegistry meters;

    private EventDispatcher(Builder builder) {
        this.consumer = builder.consumer;
        this.trust = builder.trust;
        this.handlers = Map.copyOf(builder.handlers);
        this.maxAttempts = builder.maxAttempts;
        this.backoff = builder.backoff;
        this.meters = builder.meters;
    }

    public static Builder forConsumer(String consumer, TrustedSources trust, MeterRegistry meters) {
        return new Builder(consumer, trust, meters);
    }

    @Override
    public void accept(Message<byte[]> message) {
        String topic = IncomingEvent.topicOf(message);
        var quarantined = trust.check(topic, IncomingEvent.sourceOf(message), message.getPayload());
        if (quarantined.isPresent()) {
            meters.counter("hoptac.events.quarantined", "consumer", consumer, "topic", String.valueOf(topic),
                    "reason", quarantined.get().reason()).increment();
            log.warn("{} quarantined an event from {}: {}", consumer, topic, quarantined.get().getMessage());
            throw quarantined.get();
        }
        String type = IncomingEvent.typeOf(message);
        EventHandler handler = type == null ? null : handlers.get(type);
        if (handler == null && type != null) {
            count(type, "skipped");
            log.debug("Skipped an event of a type {} does not handle: {}", consumer, type);
            return;
        }
        try {
            IncomingEvent event = IncomingEvent.from(message);
            handleWithRetries(handler, event);
            count(type, "handled");
        } catch (RuntimeException e) {
            count(type == null ? "unknown" : type, "dead-lettered");
            throw e;
        }
    }

    private void handleWithRetries(EventHandler handler, IncomingEvent event) {
        for (int attempt = 1; ; attempt++) {
            try {
                handler.handle(event);
                return;
            } catch (UnreadableEventException unreadable) {
                throw unreadable;
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts) {
                    throw new HandlerFailedException(consumer + " failed to apply " + event.type() + " " + event.dedupKey()
                            + " after " + attempt + " attempts: " + e.getMessage(), e);
                }
                log.warn("Attempt {} of {} to apply {} {} failed: {}", attempt, maxAttempts, event.type(),
                        event.dedupKey(), e.toString());
                pause(backoff.multipliedBy(attempt));
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis()); // back-off between retries of a failing handler, not synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying", e);
        }
    }

    private void count(String type, String outcome) {
        meters.counter("hoptac.events.consumed", "consumer", consumer, "type", type, "outcome", outcome).increment();
    }

    /** Collects the handlers of one consumer. */
    public static final class Builder {
        private final String consumer;
        private final TrustedSources trust;
        private final MeterRegistry meters;
        private final Map<String, EventHandler> handlers = new LinkedHashMap<>();
        private int maxAttempts = 3;
        private Duration backoff = Duration.ofMillis(200);

        private Builder(String consumer, TrustedSources trust, MeterRegistry meters) {
            this.consumer = consumer;
            this.trust = java.util.Objects.requireNonNull(trust, "trust");
            this.meters = meters;
        }

        public Builder on(String type, EventHandler handler) {
            if (handlers.putIfAbsent(type, handler) != null) {
                throw new IllegalArgumentException("Two handlers for " + type);
            }
            return this;
        }

        public Builder retries(int maxAttempts, Duration backoff) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            this.maxAttempts = maxAttempts;
            this.backoff = backoff;
            return this;
        }

        public EventDispatcher build() {
            return new EventDispatcher(this);
        }
    }
}
