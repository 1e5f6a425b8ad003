package vn.hoptac.campaign.target.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One writer at a time on a target's figure, across threads and instances: a contribution and the
 * actual it moves are two documents, and the store has no transactions. A holder that dies (kill -9)
 * leaves its lock marked {@code pending}; whoever takes it next is told, and recounts the target.
 * Wall-clock time, not the business clock: a lock expires in real seconds, also under a fixed test clock.
 */
@Component
public class TargetLocks {

    static final String COLLECTION = "target_locks";
    static final Duration TTL = Duration.ofSeconds(30);
    private static final Duration WAIT = TTL.plusSeconds(10);

    private final MongoTemplate mongo;
    private final Clock wall = Clock.systemUTC();

    public TargetLocks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Runs {@code work} holding the target's lock; it is given whether an earlier holder stopped midway
     * (then its figure must be recounted). Waits while another holds it; an error leaves the mark.
     */
    public void holding(String targetId, Consumer<Boolean> work) {
        String owner = UUID.randomUUID().toString();
        Instant giveUp = wall.instant().plus(WAIT);
        Boolean interrupted;
        long pause = 2;
        while ((interrupted = take(targetId, owner)) == null) {
            if (wall.instant().isAfter(giveUp)) {
                throw new IllegalStateException("target " + targetId + " stayed locked for " + WAIT.toSeconds() + " s");
            }
            pause(pause);
            pause = Math.min(pause * 2, 100);
        }
        boolean done = false;
        try {
            work.accept(interrupted);
            done = true;
        } finally {
            Update release = new Update().unset("owner").unset("until");
            if (done) {
                release.set("pending", false);
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(targetId).and("owner").is(owner)), release, COLLECTION);
        }
    }

    /** Whether the previous holder stopped midway, or null when the lock is held by another. */
    private Boolean take(String targetId, String owner) {
        Instant now = wall.instant();
        Query free = Query.query(Criteria.where("_id").is(targetId)
                .orOperator(Criteria.where("owner").exists(false), Criteria.where("until").lt(Date.from(now))));
        Update take = new Update().set("owner", owner).set("until", Date.from(now.plus(TTL))).set("pending", true);
        try {
            Document before = mongo.findAndModify(free, take, FindAndModifyOptions.options().upsert(true).returnNew(false),
                    Document.class, COLLECTION);
            return before != null && Boolean.TRUE.equals(before.getBoolean("pending"));
        } catch (DuplicateKeyException heldByAnother) {
            return null;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis); // another writer holds the target for a few milliseconds
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for a target's lock", e);
        }
    }
}
