package vn.hoptac.campaign.target.persistence;

import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The events the indicators read, each kept once by its id. */
@Component
public class CountedEventStore {

    private final MongoTemplate mongo;

    public CountedEventStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(CountedEvent.class).createIndex(new Index().on("type", Sort.Direction.ASC).named("type"));
    }

    /** Keeps the event; false when it was kept before (a redelivery). */
    public boolean keep(CountedEvent event) {
        try {
            mongo.insert(event);
            return true;
        } catch (DuplicateKeyException before) {
            return false;
        }
    }

    /** Every kept event of {@code types}, in the order they arrived. */
    public List<CountedEvent> ofTypes(Collection<String> types) {
        return mongo.find(Query.query(Criteria.where("type").in(types)).with(Sort.by("receivedAt", "_id")), CountedEvent.class);
    }
}
