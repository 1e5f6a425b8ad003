package vn.hoptac.campaign.target.persistence;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.hoptac.campaign.target.domain.Target;
import vn.hoptac.campaign.target.domain.TargetEvent;
import vn.hoptac.campaign.target.messaging.TargetEventTypes;
import vn.hoptac.plumbing.errors.NotFoundException;
import vn.hoptac.plumbing.outbox.AggregateRepository;
import vn.hoptac.plumbing.outbox.AggregateStore;
import vn.hoptac.plumbing.outbox.OutboxDocument;
import vn.hoptac.plumbing.outbox.Versioned;

/** Targets through the one command path, and the queries about them. */
@Component
public class TargetStore extends AggregateRepository<Target, TargetEvent, TargetDocument> {

    public TargetStore(MongoTemplate mongo, AggregateStore aggregates) {
        super(mongo, aggregates, TargetDocument.class, TargetEventTypes.TYPES, "target");
        var indexes = mongo.indexOps(TargetDocument.class);
        indexes.createIndex(new Index().on("planId", Sort.Direction.ASC).named("plan"));
        indexes.createIndex(new Index().on("terms.indicatorId", Sort.Direction.ASC).named("indicator"));
    }

    public List<Versioned<Target>> ofPlan(String planId) {
        Query query = Query.query(Criteria.where("planId").is(planId)).with(Sort.by("_id"));
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        return mongo.find(query, TargetDocument.class).stream().map(this::versioned).toList();
    }

    /** The targets that count with one of {@code indicatorIds} (reached or not: their figure still moves), without their outbox. */
    public List<Target> counting(Collection<String> indicatorIds) {
        Query query = Query.query(Criteria.where("terms.indicatorId").in(indicatorIds));
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        return mongo.find(query, TargetDocument.class).stream().map(TargetDocument::toAggregate).toList();
    }

    /** The target as it stands, without reading its outbox (the events not yet relayed). */
    public Target current(String id) {
        Query query = Query.query(Criteria.where("_id").is(id));
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        TargetDocument document = mongo.findOne(query, TargetDocument.class);
        if (document == null) {
            throw new NotFoundException("No target with id " + id);
        }
        return document.toAggregate();
    }
}
