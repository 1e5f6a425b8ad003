package vn.hoptac.registry.foundergroup.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.hoptac.plumbing.events.OutgoingEvent;
import vn.hoptac.plumbing.outbox.AggregateStore;
import vn.hoptac.plumbing.outbox.OutboxDocument;

/** Stores founder groups through the shared outbox store, and answers the queries about them. */
@Component
public class FounderGroupStore {

    private final MongoTemplate mongo;
    private final AggregateStore aggregates;

    public FounderGroupStore(MongoTemplate mongo, AggregateStore aggregates) {
        this.mongo = mongo;
        this.aggregates = aggregates;
        createIndexes();
    }

    // Spring Data does not create indexes from annotations by default: made explicitly, at startup.
    private void createIndexes() {
        var indexes = mongo.indexOps(FounderGroupDocument.class);
        indexes.createIndex(new Index().on("idempotencyKey", Sort.Direction.ASC).unique().sparse()
                .named("idempotency_key_unique"));
        indexes.createIndex(new Index().on("adviceSessions.date", Sort.Direction.ASC).named("advice_session_date"));
        indexes.createIndex(new Index().on("recordedOn", Sort.Direction.ASC).named("recorded_on"));
        indexes.createIndex(new Index().on(OutboxDocument.PENDING_EVENTS + ".eventId", Sort.Direction.ASC).sparse()
                .named("outbox_pending"));
    }

    public FounderGroupDocument insert(FounderGroupDocument document, List<OutgoingEvent> events) {
        return aggregates.insert(document, events);
    }

    public boolean update(FounderGroupDocument document, long expectedVersion, List<OutgoingEvent> events) {
        return aggregates.update(document, expectedVersion, events);
    }

    public Optional<FounderGroupDocument> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, FounderGroupDocument.class));
    }

    public Optional<FounderGroupDocument> findByIdempotencyKey(String key) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("idempotencyKey").is(key)),
                FounderGroupDocument.class));
    }

    /** One page of founder groups in the order they were recorded, and how many there are in all. */
    public record Page(List<FounderGroupDocument> items, long total) {
    }

    public Page list(int page, int size) {
        Query query = new Query();
        long total = mongo.count(query, FounderGroupDocument.class);
        query.with(Sort.by("recordedOn", "_id")).skip((long) page * size).limit(size);
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        return new Page(mongo.find(query, FounderGroupDocument.class), total);
    }

    /** Founder groups with an advice session from {@code from} to {@code to}, both included. */
    public List<FounderGroupDocument> advisedBetween(LocalDate from, LocalDate to) {
        Query query = Query.query(Criteria.where("adviceSessions").elemMatch(Criteria.where("date").gte(from).lte(to)));
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        return mongo.find(query, FounderGroupDocument.class);
    }
}
