package vn.hoptac.plumbing.consuming;

import com.mongodb.client.result.UpdateResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Applies a consumer's change to its document at most once per event. The record of applied events
 * lives in the same document as the state it guards and is written by the same conditional update,
 * so a crash can never apply a change without remembering it, nor the reverse. Events are
 * remembered one by one (not as a high-water mark) so a re-driven dead letter that arrives after
 * later events of its aggregate is still applied.
 */
public final class DedupGuard {

    public static final String APPLIED_EVENTS = "appliedEvents";

    private final MongoTemplate mongo;

    public DedupGuard(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies {@code change} to the document {@code id} of {@code collection} unless this event was
     * applied to it before; creates the document when {@code upsert} and it does not exist.
     *
     * @return true when applied now, false for a duplicate delivery (or, without upsert, no document)
     */
    public boolean applyOnce(String collection, Object id, IncomingEvent event, Update change, boolean upsert) {
        Query notYetApplied = Query.query(Criteria.where("_id").is(id).and(APPLIED_EVENTS).ne(event.dedupKey()));
        Update guarded = change.addToSet(APPLIED_EVENTS, event.dedupKey());
        try {
            if (upsert) {
                UpdateResult result = mongo.upsert(notYetApplied, guarded, collection);
                return result.getMatchedCount() == 1 || result.getUpsertedId() != null;
            }
            return mongo.updateFirst(notYetApplied, guarded, collection).getModifiedCount() == 1;
        } catch (DuplicateKeyException alreadyApplied) {
            // The document exists and already holds this event: the upsert's insert collided with it.
            return false;
        }
    }
}
