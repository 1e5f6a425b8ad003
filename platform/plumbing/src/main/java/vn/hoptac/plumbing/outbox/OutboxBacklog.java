package vn.hoptac.plumbing.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How many events wait in the outbox and how old the oldest is. The age is the alert: a broker that
 * is away shows here while writes go on being accepted.
 */
public final class OutboxBacklog {

    /** A measurement of the backlog at one instant. */
    public record Snapshot(long events, Duration oldestAge) {
    }

    private final MongoTemplate mongo;
    private final List<String> collections;
    private final Clock clock;
    private volatile Snapshot last = new Snapshot(0, Duration.ZERO);

    public OutboxBacklog(MongoTemplate mongo, List<String> collections, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
        this.clock = clock;
        Gauge.builder("hoptac.outbox.backlog.events", () -> last.events())
                .description("Events stored but not yet acknowledged by Kafka").register(meters);
        Gauge.builder("hoptac.outbox.backlog.oldest.age", () -> last.oldestAge().toMillis() / 1000.0)
                .baseUnit("seconds").description("Age of the oldest event not yet acknowledged by Kafka").register(meters);
    }

    public Snapshot measure() {
        long count = 0;
        Instant oldest = null;
        for (String collection : collections) {
            Query pending = Query.query(Criteria.where(OutboxDocument.PENDING_EVENTS + ".0").exists(true));
            pending.fields().include(OutboxDocument.PENDING_EVENTS + ".time");
            try (Stream<Document> documents = mongo.stream(pending, Document.class, collection)) {
                for (Document document : (Iterable<Document>) documents::iterator) {
                    for (Document event : document.getList(OutboxDocument.PENDING_EVENTS, Document.class)) {
                        count++;
                        Instant time = event.get("time", Date.class).toInstant();
                        if (oldest == null || time.isBefore(oldest)) {
                            oldest = time;
                        }
                    }
                }
            }
        }
        Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
        last = new Snapshot(count, age.isNegative() ? Duration.ZERO : age);
        return last;
    }

    public Snapshot last() {
        return last;
    }
}
