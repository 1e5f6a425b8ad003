package vn.hoptac.registry.membership.persistence;

import java.time.Instant;
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
import vn.hoptac.registry.membership.domain.Membership;
import vn.hoptac.registry.membership.domain.MembershipEvent;
import vn.hoptac.registry.membership.messaging.MembershipEventTypes;

/** Memberships through the one command path, and who was a member when. */
@Component
public class MembershipStore extends AggregateRepository<Membership, MembershipEvent, MembershipDocument> {

    public MembershipStore(MongoTemplate mongo, AggregateStore aggregates) {
        super(mongo, aggregates, MembershipDocument.class, MembershipEventTypes.TYPES, "membership");
        var indexes = mongo.indexOps(MembershipDocument.class);
        indexes.createIndex(new Index().on("activeOrganisationId", Sort.Direction.ASC).unique().sparse()
                .named("active_organisation_unique"));
        indexes.createIndex(new Index().on("organisationId", Sort.Direction.ASC).named("organisation"));
        indexes.createIndex(new Index().on("batchKey", Sort.Direction.ASC).sparse().named("batch_key"));
        indexes.createIndex(new Index().on("admittedOn", Sort.Direction.ASC).named("admitted_on"));
    }

    /** A membership a keyed batch admitted: which organisation, and the batch's fingerprint. */
    public record BatchAdmission(String membershipId, String organisationId, String batchFingerprint) {
    }

    /** Stores a new membership with the batch request that admitted it; a concurrent admission is a DuplicateKeyException. */
    public String admit(Membership.Admission admission, String batchKey, String batchFingerprint, Instant at) {
        MembershipDocument document = MembershipDocument.admitted(admission.membership(), batchKey, batchFingerprint, at);
        insert(document, admission.membership(), List.of(admission.event()));
        return document.getId();
    }

    public List<Membership> findByOrganisation(String organisationId) {
        return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId)), MembershipDocument.class)
                .stream().map(MembershipDocument::toAggregate).toList();
    }

    /** The memberships a batch request with this idempotency key admitted. */
    public List<BatchAdmission> findByIdempotencyKey(String key) {
        return mongo.find(Query.query(Criteria.where("batchKey").is(key)), MembershipDocument.class).stream()
                .map(d -> new BatchAdmission(d.getId(), d.toAggregate().organisationId(), d.getBatchFingerprint())).toList();
    }

    /**
     * Memberships in force on {@code date}: admitted on or before it and not ended on or before it,
     * by admission date, then organisation.
     */
    public List<Membership> membersOn(LocalDate date) {
        Query query = Query.query(new Criteria().andOperator(Criteria.where("admittedOn").lte(date),
                new Criteria().orOperator(Criteria.where("endedOn").is(null), Criteria.where("endedOn").gt(date))));
        query.with(Sort.by("admittedOn", "organisationId"));
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        return mongo.find(query, MembershipDocument.class).stream().map(MembershipDocument::toAggregate).toList();
    }
}
