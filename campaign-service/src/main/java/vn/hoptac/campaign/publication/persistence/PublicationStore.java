package vn.hoptac.campaign.publication.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.hoptac.campaign.publication.domain.Publication;
import vn.hoptac.campaign.publication.domain.PublicationEvent;
import vn.hoptac.campaign.publication.messaging.PublicationEventTypes;
import vn.hoptac.plumbing.outbox.AggregateRepository;
import vn.hoptac.plumbing.outbox.AggregateStore;
import vn.hoptac.plumbing.outbox.OutboxDocument;
import vn.hoptac.plumbing.outbox.Versioned;

/** Newsletter issues and press pages through the one command path. */
@Component
public class PublicationStore extends AggregateRepository<Publication, PublicationEvent, PublicationDocument> {

    public PublicationStore(MongoTemplate mongo, AggregateStore aggregates) {
        super(mongo, aggregates, PublicationDocument.class, PublicationEventTypes.TYPES, "publication");
        var indexes = mongo.indexOps(PublicationDocument.class);
        indexes.createIndex(new Index().on(PublicationDocument.NEWSLETTER_NUMBER, Sort.Direction.ASC).unique().sparse()
                .named("newsletter_number_unique"));
        indexes.createIndex(new Index().on("planId", Sort.Direction.ASC).named("plan"));
    }

    /** The publications of a plan, by when their preparation begins. */
    public List<Versioned<Publication>> ofPlan(String planId) {
        Query query = Query.query(Criteria.where("planId").is(planId)).with(Sort.by("preparation.from", "_id"));
        query.fields().exclude(OutboxDocument.PENDING_EVENTS);
        return mongo.find(query, PublicationDocument.class).stream().map(this::versioned).toList();
    }

    public Optional<Versioned<Publication>> newsletterIssue(int issueNumber) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where(PublicationDocument.NEWSLETTER_NUMBER)
                .is(issueNumber)), PublicationDocument.class)).map(this::versioned);
    }
}
