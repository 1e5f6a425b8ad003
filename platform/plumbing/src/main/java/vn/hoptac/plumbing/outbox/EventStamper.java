package vn.hoptac.plumbing.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.hoptac.contracts.EventCatalog;
import vn.hoptac.contracts.EventType;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.events.EventJson;
import vn.hoptac.plumbing.events.OutgoingEvent;

/** Numbers a command's events after the aggregate's last one and fixes their envelope. */
public final class EventStamper {

    private final Alliance alliance;
    private final EventCatalog catalog;
    private final Clock clock;
    private final String topicPrefix;

    public EventStamper(Alliance alliance, EventCatalog catalog, Clock clock, String topicPrefix) {
        this.alliance = alliance;
        this.catalog = catalog;
        this.clock = clock;
        this.topicPrefix = topicPrefix;
    }

    public List<PendingEvent> stamp(String aggregateId, long lastSequence, List<OutgoingEvent> events) {
        // Millisecond precision: the store keeps no finer, and a redelivery must carry the same ce_time.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<PendingEvent> stamped = new ArrayList<>(events.size());
        long sequence = lastSequence;
        for (OutgoingEvent event : events) {
            EventType type = catalog.require(event.type());
            stamped.add(new PendingEvent(UUID.randomUUID().toString(), type.type(), alliance.eventSource(), aggregateId,
                    ++sequence, now, type.dataSchema(), topicPrefix + type.topic(), EventJson.writeString(event.data())));
        }
        return stamped;
    }
}
