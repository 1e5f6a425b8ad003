package vn.hoptac.registry.membership.persistence;

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

/** Stores memberships through the shared outbox store, and answers who was a member when. */
@Component
public class MembershipStore {

    private final MongoTemplate mongo;
    private final AggregateStore aggregates;

    public MembershipStore(MongoTemplate mongo, AggregateStore aggregates) {
        this.mongo = mongo;
        this.aggregates = aggregates;
        createIndexes();
    }

    // Spring Data does not create indexes from annotations by default: made explicitly, at startup.
    private void createIndexes() {
        var indexes = mongo.indexOps(MembershipDocument.class);
        indexes.createIndex(new Index().on("activeOrganisationId", Sort.Direction.ASC).unique().sparse()
                .named("active_organisation_unique"));
        indexes.createIndex(new Index().on("organisationId", Sort.Direction.ASC).named("organisation"));
        indexes.createIndex(new Index().on("idempotencyKey", Sort.Direction.ASC).sparse().named("idempotency_key"));
        indexes.createIndex(new Index().on("admittedOn", Sort.Direction.ASC).named("admitted_on"));
        indexes.createIndex(new Index().on(OutboxDocument.PENDING_EVENTS + ".eventId", Sort.Direction.ASC).sparse()
                .named("outbox_pending"));
    }

    /** Inserts a new membership; a second active one for the organisation is Spring's DuplicateKeyException. */
    public MembershipDocument insert(MembershipDocument document, List<OutgoingEvent> events) {
        return aggregates.insert(document, events);
    }

    public boolean update(MembershipDocument document, long expectedVersion, List<OutgoingEvent> events) {
        return aggregates.update(document, expectedVersion, events);
    }

    public Optional<MembershipDocument> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, MembershipDocument.class));
    }

    public List<MembershipDocument> findByOrganisation(String organisationId) {
        return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId)), MembershipDocument.class);
    }

    /** The memberships a batch request with this idempotency key admitted. */
    public List<MembershipDocument> findByIdempotencyKey(String key) {
        return mongo.find(Query.query(Criteria.where("idempotencyKey").is(key)), MembershipDocument.class);
    }

    /**
     * Memberships in force on {@code date}: admitted on or before it and not ended on or before it,
     * by admission date, then organisation.
     */
    public List<MembershipDocument> membersOn(LocalDate date) {
        Query query = Query.query(new Criteria().andOperator(Criteria.where("admittedOn").lte(date),
                new Criteria().orOperator(Criteria.where("endedOn").is(null), Criteria.where("endedOn").gt(date))));
        query.with(Sort.by("admittedOn", "organisationId"));
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        return mongo.find(query, MembershipDocument.class);
    }
}
