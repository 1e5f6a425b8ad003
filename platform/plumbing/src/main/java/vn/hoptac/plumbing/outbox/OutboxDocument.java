package vn.hoptac.plumbing.outbox;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * The persistence shape every event-sourcing aggregate document shares: its id, the version users
 * see as an ETag, the last event number given out, and the events still waiting for the relay.
 * Only {@link AggregateStore} writes these fields.
 */
public abstract class OutboxDocument {

    public static final String PENDING_EVENTS = "pendingEvents";
    public static final String VERSION = "version";
    public static final String LAST_EVENT_SEQUENCE = "lastEventSequence";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    @Id
    private String id;
    private long version;
    private long lastEventSequence;
    private List<PendingEvent> pendingEvents = new ArrayList<>();
    /** The key and request that created the aggregate, when they came with an {@code Idempotency-Key}. */
    private String idempotencyKey;
    private String requestFingerprint;

    protected OutboxDocument() {
    }

    protected OutboxDocument(String id) {
        this.id = id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRequestFingerprint() {
        return requestFingerprint;
    }

    void createdBy(String key, String fingerprint) {
        this.idempotencyKey = key;
        this.requestFingerprint = fingerprint;
    }

    public String getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getLastEventSequence() {
        return lastEventSequence;
    }

    public List<PendingEvent> getPendingEvents() {
        return pendingEvents;
    }

    void recordWrite(long version, long lastEventSequence, List<PendingEvent> added) {
        this.version = version;
        this.lastEventSequence = lastEventSequence;
        this.pendingEvents = new ArrayList<>(pendingEvents == null ? List.of() : pendingEvents);
        this.pendingEvents.addAll(added);
    }
}
