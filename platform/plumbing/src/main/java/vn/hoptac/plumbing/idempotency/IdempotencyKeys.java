package vn.hoptac.plumbing.idempotency;

import java.time.Clock;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.hoptac.plumbing.errors.UnprocessableException;

/**
 * An {@code Idempotency-Key} is bound to the first request that used it, whatever that request's
 * outcome (a batch that admitted nobody still used its key): the same key with the same request is a
 * retry, with another request it is refused with 422. Keys live in their own collection, one document
 * each, claimed by a unique insert.
 */
public final class IdempotencyKeys {

    static final String COLLECTION = "idempotency_keys";

    private final MongoTemplate mongo;
    private final Clock clock;

    public IdempotencyKeys(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Binds {@code key} (within {@code operation}) to the request with {@code fingerprint}; returns
     * whether it was bound before, i.e. whether this is a retry.
     */
    public boolean claim(String operation, String key, String fingerprint) {
        String id = operation + ":" + key;
        try {
            mongo.insert(new Document("_id", id).append("fingerprint", fingerprint).append("claimedAt",
                    java.util.Date.from(clock.instant())), COLLECTION);
            return false;
        } catch (DuplicateKeyException used) {
            Document claimed = mongo.findById(id, Document.class, COLLECTION);
            if (claimed != null && !fingerprint.equals(claimed.getString("fingerprint"))) {
                throw new UnprocessableException("This Idempotency-Key was already used for a different request.");
            }
            return true;
        }
    }
}
