package vn.hoptac.campaign.target.persistence;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Each target's contributions, in the order their events were received (the indicator's order). */
@Component
public class CountedContributionStore {

    private static final Sort RECEIVED = Sort.by("receivedAt", "eventId");

    private final MongoTemplate mongo;

    public CountedContributionStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(CountedContribution.class).createIndex(new Index().on("targetId", Sort.Direction.ASC)
                .on("subject", Sort.Direction.ASC).named("target_subject"));
    }

    /** Adds the contribution; false when it was added before (the same event for the same target is one document). */
    public boolean add(CountedContribution contribution) {
        try {
            mongo.insert(contribution);
            return true;
        } catch (DuplicateKeyException before) {
            return false;
        }
    }

    /** Replaces a target's contributions with {@code all} (a recount under its terms as they stand). */
    public void replace(String targetId, List<CountedContribution> all) {
        mongo.remove(Query.query(Criteria.where("targetId").is(targetId)), CountedContribution.class);
        if (!all.isEmpty()) {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CountedContribution.class).insert(all).execute();
        }
    }

    public List<CountedContribution> ofTarget(String targetId) {
        return mongo.find(Query.query(Criteria.where("targetId").is(targetId)).with(RECEIVED), CountedContribution.class);
    }

    public List<CountedContribution> ofSubject(String targetId, String subject) {
        return mongo.find(Query.query(Criteria.where("targetId").is(targetId).and("subject").is(subject)).with(RECEIVED),
                CountedContribution.class);
    }
}
