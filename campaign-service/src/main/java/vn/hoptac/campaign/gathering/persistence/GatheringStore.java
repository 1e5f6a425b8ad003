package vn.hoptac.campaign.gathering.persistence;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.hoptac.campaign.gathering.domain.Gathering;
import vn.hoptac.campaign.gathering.domain.GatheringEvent;
import vn.hoptac.campaign.gathering.messaging.GatheringEventTypes;
import vn.hoptac.plumbing.outbox.AggregateRepository;
import vn.hoptac.plumbing.outbox.AggregateStore;
import vn.hoptac.plumbing.outbox.OutboxDocument;
import vn.hoptac.plumbing.outbox.Versioned;

/** Classes, conferences and tours through the one command path. */
@Component
public class GatheringStore extends AggregateRepository<Gathering, GatheringEvent, GatheringDocument> {

    public GatheringStore(MongoTemplate mongo, AggregateStore aggregates) {
        super(mongo, aggregates, GatheringDocument.class, GatheringEventTypes.TYPES, "gathering");
        mongo.indexOps(GatheringDocument.class).createIndex(new Index().on("planId", Sort.Direction.ASC)
                .on("activityNumber", Sort.Direction.ASC).named("plan_activity"));
    }

    /** The gatherings of a plan (of one of its activities when {@code activityNumber} is given), by date held. */
    public List<Versioned<Gathering>> ofPlan(String planId, Integer activityNumber) {
        Query query = Query.query(Criteria.where("planId").is(planId));
        if (activityNumber != null) {
            query.addCriteria(Criteria.where("activityNumber").is(activityNumber));
        }
        query.with(Sort.by("terms.heldOn", "_id"));
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        return mongo.find(query, GatheringDocument.class).stream().map(this::versioned).toList();
    }
}
