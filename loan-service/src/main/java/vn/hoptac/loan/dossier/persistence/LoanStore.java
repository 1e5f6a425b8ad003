package vn.hoptac.loan.dossier.persistence;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.hoptac.loan.dossier.domain.LoanDossier;
import vn.hoptac.loan.dossier.domain.LoanEvent;
import vn.hoptac.loan.dossier.domain.LoanStatus;
import vn.hoptac.loan.dossier.messaging.LoanEventTypes;
import vn.hoptac.plumbing.outbox.AggregateRepository;
import vn.hoptac.plumbing.outbox.AggregateStore;
import vn.hoptac.plumbing.outbox.Versioned;


/** Dossiers through the one command path, and the loan service's queries. */
@Component
public class LoanStore extends AggregateRepository<LoanDossier, LoanEvent, LoanDocument> {

    public LoanStore(MongoTemplate mongo, AggregateStore aggregates) {
        super(mongo, aggregates, LoanDocument.class, LoanEventTypes.TYPES, "loan dossier");
        var indexes = mongo.indexOps(LoanDocument.class);
        indexes.createIndex(new Index().on("organisationId", Sort.Direction.ASC).named("organisation"));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).named("status"));
    }

    public List<Versioned<LoanDossier>> byOrganisation(String organisationId) {
        return find(Query.query(Criteria.where("organisationId").is(organisationId)));
    }

    public List<Versioned<LoanDossier>> byStatus(LoanStatus status) {
        return find(Query.query(Criteria.where("status").is(status)));
    }

    /** The dossiers by optional status and organisation; priority first (new-rural-area communes), then oldest. */
    public List<Versioned<LoanDossier>> search(LoanStatus status, String organisationId, boolean priorityFirst) {
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
        return find(query);
    }

    public List<Versioned<LoanDossier>> withPendingTranches() {
        return find(Query.query(Criteria.where("hasPendingTranche").is(true)));
    }

    public List<Versioned<LoanDossier>> all() {
        return find(new Query());
    }

    private List<Versioned<LoanDossier>> find(Query query) {
        return mongo.find(query, LoanDocument.class).stream().map(this::versioned).toList();
    }
}
