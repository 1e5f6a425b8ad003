package vn.hoptac.plumbing.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.bson.Document;

/**
 * A lease in the service's own store that lets one instance at a time do a job: the outbox relay
 * (so each aggregate's events leave in order however many instances run and restart), a daily job.
 */
public final class StoreLease {

    static final String COLLECTION = "leases";

    private final MongoTemplate mongo;
    private final String name;
    private final String owner;
    private final Duration ttl;
    private final Clock clock;
    private Instant heldUntil = Instant.EPOCH;

    public StoreLease(MongoTemplate mongo, String name, String owner, Duration ttl, Clock clock) {
        this.mongo = mongo;
        this.name = name;
        this.owner = owner;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Renews the lease when half of it is gone, or takes it over when it has expired. */
    public boolean holdOrAcquire() {
        Instant now = clock.instant();
        if (now.isBefore(heldUntil.minus(ttl.dividedBy(2)))) {
            return true;
        }
        Instant until = now.plus(ttl);
        Query free = Query.query(Criteria.where("_id").is(name)
                .orOperator(Criteria.where("owner").is(owner), Criteria.where("expiresAt").lt(Date.from(now))));
        Update take = new Update().set("owner", owner).set("expiresAt", Date.from(until));
        try {
            Document taken = mongo.findAndModify(free, take, FindAndModifyOptions.options().upsert(true).returnNew(true),
                    Document.class, COLLECTION);
            heldUntil = taken != null && owner.equals(taken.getString("owner")) ? until : Instant.EPOCH;
        } catch (DuplicateKeyException heldByAnother) {
            heldUntil = Instant.EPOCH;
        }
        return isHeld();
    }

    /** Whether it is still safe to publish: the lease has a margin left before it could pass on. */
    public boolean isHeld() {
        return clock.instant().isBefore(heldUntil.minus(ttl.dividedBy(5)));
    }

    public void release() {
        mongo.remove(Query.query(Criteria.where("_id").is(name).and("owner").is(owner)), COLLECTION);
        heldUntil = Instant.EPOCH;
    }
}
