package vn.hoptac.campaign.target.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event an indicator reads, kept as it arrived (its id is the document's, so a redelivered or
 * re-driven event is kept once). Progress is computed from these by the published indicator
 * definitions, so a target set or changed later counts what had already happened.
 */
@Document(CountedEvent.COLLECTION)
public record CountedEvent(@Id String eventId, String type, String source, String subject, long sequence, byte[] data,
        Instant receivedAt) {

    public static final String COLLECTION = "indicator_events";
}
