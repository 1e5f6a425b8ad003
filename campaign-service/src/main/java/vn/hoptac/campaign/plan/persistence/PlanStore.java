package vn.hoptac.campaign.plan.persistence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.hoptac.campaign.plan.domain.Plan;
import vn.hoptac.campaign.plan.domain.PlanEvent;
import vn.hoptac.campaign.plan.domain.PlanKind;
import vn.hoptac.campaign.plan.domain.PlanStatus;
import vn.hoptac.campaign.plan.messaging.PlanEventTypes;
import vn.hoptac.plumbing.outbox.AggregateRepository;
import vn.hoptac.plumbing.outbox.AggregateStore;
import vn.hoptac.plumbing.outbox.OutboxDocument;
import vn.hoptac.plumbing.outbox.Versioned;

/** Plans through the one command path, and the queries about them. */
@Component
public class PlanStore extends AggregateRepository<Plan, PlanEvent, PlanDocument> {

    public PlanStore(MongoTemplate mongo, AggregateStore aggregates) {
        super(mongo, aggregates, PlanDocument.class, PlanEventTypes.TYPES, "plan");
        var indexes = mongo.indexOps(PlanDocument.class);
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("firstOpenWindowEnd", Sort.Direction.ASC)
                .named("open_window_end"));
        indexes.createIndex(new Index().on("issuedNumber", Sort.Direction.ASC).unique().sparse().named("issued_number_unique"));
        indexes.createIndex(new Index().on("heading.period.from", Sort.Direction.ASC).named("period_from"));
    }

    /**
     * Plans by kind, status and the year their period touches, newest period first (at most
     * {@code limit}: an alliance issues a handful of plans a year).
     */
    public List<Versioned<Plan>> list(PlanKind kind, PlanStatus status, Integer year, int limit) {
        Query query = new Query();
        if (kind != null) {
            query.addCriteria(Criteria.where("heading.kind").is(kind));
        }
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        if (year != null) {
            query.addCriteria(Criteria.where("heading.period.from").lte(LocalDate.of(year, 12, 31))
                    .and("heading.period.to").gte(LocalDate.of(year, 1, 1)));
        }
        query.with(Sort.by(Sort.Order.desc("heading.period.from"), Sort.Order.asc("_id"))).limit(limit);
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        return mongo.find(query, PlanDocument.class).stream().map(this::versioned).toList();
    }

    /** The plan issued under {@code number} in {@code year}, if any. */
    public java.util.Optional<String> issuedAs(String number, int year) {
        Query query = Query.query(Criteria.where("issuedNumber").is(PlanDocument.issuedNumber(number, LocalDate.of(year, 1, 1))));
        query.fields().include("_id");
        return java.util.Optional.ofNullable(mongo.findOne(query, PlanDocument.class)).map(PlanDocument::getId);
    }

    /** The plans issued under {@code number}, in any year. */
    public List<Versioned<Plan>> issuedUnder(String number) {
        Query query = Query.query(Criteria.where("number").is(number));
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        return mongo.find(query, PlanDocument.class).stream().map(this::versioned).toList();
    }

    /** Ids of issued plans with an open activity whose window closed before {@code businessDate} and is not yet marked. */
    public List<String> withActivitiesFallingOverdue(LocalDate businessDate) {
        Query query = Query.query(Criteria.where("status").is(PlanStatus.ISSUED).and("firstOpenWindowEnd").lt(businessDate));
        query.fields().include("_id");
        return mongo.find(query, PlanDocument.class).stream().map(PlanDocument::getId).toList();
    }

    /** Every plan, for the meters (an alliance has a handful a year). */
    public List<Plan> all() {
        Query query = new Query();
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        return mongo.find(query, PlanDocument.class).stream().map(PlanDocument::toAggregate).toList();
    }
}
