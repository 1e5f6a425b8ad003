package vn.hoptac.registry.foundergroup.persistence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.hoptac.plumbing.outbox.AggregateRepository;
import vn.hoptac.plumbing.outbox.AggregateStore;
import vn.hoptac.plumbing.outbox.OutboxDocument;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.registry.foundergroup.domain.FounderGroup;
import vn.hoptac.registry.foundergroup.domain.FounderGroupEvent;
import vn.hoptac.registry.foundergroup.messaging.FounderGroupEventTypes;

/** Stores founder groups through the shared outbox store, and answers the queries about them. */
@Component
public class FounderGroupStore extends AggregateRepository<FounderGroup, FounderGroupEvent, FounderGroupDocument> {

    public FounderGroupStore(MongoTemplate mongo, AggregateStore aggregates) {
        super(mongo, aggregates, FounderGroupDocument.class, FounderGroupEventTypes.TYPES, "founder group");
        var indexes = mongo.indexOps(FounderGroupDocument.class);
        indexes.createIndex(new Index().on("adviceSessions.date", Sort.Direction.ASC).named("advice_session_date"));
        indexes.createIndex(new Index().on("recordedOn", Sort.Direction.ASC).named("recorded_on"));
    }

    /** One page of founder groups in the order they were recorded, and how many there are in all. */
    public record Page(List<Versioned<FounderGroup>> items, long total) {
    }

    public Page list(int page, int size) {
        Query query = new Query();
        long total = mongo.count(query, FounderGroupDocument.class);
        query.with(Sort.by("recordedOn", "_id")).skip((long) page * size).limit(size);
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        return new Page(mongo.find(query, FounderGroupDocument.class).stream().map(this::versioned).toList(), total);
    }

    /** Founder groups with an advice session from {@code from} to {@code to}, both included. */
    public List<FounderGroup> advisedBetween(LocalDate from, LocalDate to) {
        Query query = Query.query(Criteria.where("adviceSessions").elemMatch(Criteria.where("date").gte(from).lte(to)));
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        return mongo.find(query, FounderGroupDocument.class).stream().map(FounderGroupDocument::toAggregate).toList();
    }
}
