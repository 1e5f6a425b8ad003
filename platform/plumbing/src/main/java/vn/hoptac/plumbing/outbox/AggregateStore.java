package vn.hoptac.plumbing.outbox;

import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.hoptac.plumbing.events.OutgoingEvent;

/**
 * The one way a service stores an aggregate with the events its change caused: a single-document
 * write (the store has no multi-document transactions), so the change and its events are stored
 * together or not at all. Updates are conditional on the version the caller read, and they append to
 * the outbox with {@code $push} rather than replacing it, so they never resurrect events the relay
 * has already removed.
 */
public final class AggregateStore {

    private static final Set<String> OUTBOX_FIELDS =
            Set.of(OutboxDocument.PENDING_EVENTS, OutboxDocument.VERSION, OutboxDocument.LAST_EVENT_SEQUENCE);

    private final MongoTemplate mongo;
    private final EventStamper stamper;
    private final OutboxRelay relay;

    public AggregateStore(MongoTemplate mongo, EventStamper stamper, OutboxRelay relay) {
        this.mongo = mongo;
        this.stamper = stamper;
        this.relay = relay;
    }

    /** Inserts a new aggregate at version 1; duplicate keys surface as Spring's DuplicateKeyException. */
    public <T extends OutboxDocument> T insert(T document, List<OutgoingEvent> events) {
        List<PendingEvent> stamped = stamper.stamp(document.getId(), 0, events);
        document.recordWrite(1, stamped.size(), stamped);
        mongo.insert(document);
        relay.wakeUp();
        return document;
    }

    /**
     * Stores the document's new state and appends the events, only if nobody changed it since
     * {@code expectedVersion}. Returns false when the version was stale (nothing was written).
     */
    public <T extends OutboxDocument> boolean update(T document, long expectedVersion, List<OutgoingEvent> events) {
        List<PendingEvent> stamped = stamper.stamp(document.getId(), document.getLastEventSequence(), events);
        Document state = new Document();
        mongo.getConverter().write(document, state);
        Update update = new Update();
        // Every persistent field is set, or unset when it became null (the converter leaves nulls out).
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(document.getClass()).forEach(property -> {
            String field = property.getFieldName();
            if (!property.isIdProperty() && !OUTBOX_FIELDS.contains(field)) {
                if (state.containsKey(field)) {
                    update.set(field, state.get(field));
                } else {
                    update.unset(field);
                }
            }
        });
        update.set(OutboxDocument.VERSION, expectedVersion + 1)
                .set(OutboxDocument.LAST_EVENT_SEQUENCE, document.getLastEventSequence() + stamped.size());
        if (!stamped.isEmpty()) {
            List<Object> converted = stamped.stream().map(event -> mongo.getConverter().convertToMongoType(event)).toList();
            update.push(OutboxDocument.PENDING_EVENTS).each(converted.toArray());
        }
        Query current = Query.query(Criteria.where("_id").is(document.getId()).and(OutboxDocument.VERSION).is(expectedVersion));
        boolean written = mongo.updateFirst(current, update, mongo.getCollectionName(document.getClass())).getModifiedCount() == 1;
        if (written) {
            document.recordWrite(expectedVersion + 1, document.getLastEventSequence() + stamped.size(), stamped);
            relay.wakeUp();
        }
        return written;
    }
}
