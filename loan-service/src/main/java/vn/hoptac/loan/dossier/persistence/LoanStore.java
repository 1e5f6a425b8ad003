package vn.hoptac.loan.dossier.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.hoptac.loan.dossier.domain.LoanStatus;
import vn.hoptac.plumbing.events.OutgoingEvent;
import vn.hoptac.plumbing.outbox.AggregateStore;
import vn.hoptac.plumbing.outbox.OutboxDocument;

/** Stores dossiers through the shared outbox store, and answers the loan service's queries. */
@Component
public class LoanStore {

    private final MongoTemplate mongo;
    private final AggregateStore aggregates;

    public LoanStore(MongoTemplate mongo, AggregateStore aggregates) {
        this.mongo = mongo;
        this.aggregates = aggregates;
        var indexes = mongo.indexOps(LoanDocument.class);
        indexes.createIndex(new Index().on("organisationId", Sort.Direction.ASC).named("organisation"));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).named("status"));
        indexes.createIndex(new Index().on(OutboxDocument.PENDING_EVENTS + ".eventId", Sort.Direction.ASC).sparse()
                .named("outbox_pending"));
    }

    public LoanDocument insert(LoanDocument document, List<OutgoingEvent> events) {
        return aggregates.insert(document, events);
    }

    public boolean update(LoanDocument document, long expectedVersion, List<OutgoingEvent> events) {
        return aggregates.update(document, expectedVersion, events);
    }

    public Optional<LoanDocument> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, LoanDocument.class));
    }

    public List<LoanDocument> byOrganisation(String organisationId) {
        return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId)), LoanDocument.class);
    }

    public List<LoanDocument> byStatus(LoanStatus status) {
        return mongo.find(Query.query(Criteria.where("status").is(status)), LoanDocument.class);
    }

    /** The dossiers by optional status and organisation; priority first (new-rural-area communes), then oldest. */
    public List<LoanDocument> search(LoanStatus status, String organisationId, boolean priorityFirst) {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria.and("status").is(status);
        }
        if (organisationId != null) {
            criteria.and("organisationId").is(organisationId);
        }
        Query query = Query.query(criteria);
        query.with(priorityFirst ? Sort.by(Sort.Order.desc("newRuralAreaCommune"), Sort.Order.asc("receivedOn"), Sort.Order.asc("_id"))
                : Sort.by(Sort.Order.asc("receivedOn"), Sort.Order.asc("_id")));
        return mongo.find(query, LoanDocument.class);
    }

    public List<LoanDocument> withPendingTranches() {
        return mongo.find(Query.query(Criteria.where("hasPendingTranche").is(true)), LoanDocument.class);
    }

    public List<LoanDocument> all() {
        return mongo.findAll(LoanDocument.class);
    }
}
