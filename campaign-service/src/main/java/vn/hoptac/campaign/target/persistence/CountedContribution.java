package vn.hoptac.campaign.target.persistence;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hoptac.contracts.indicators.Contribution;

/**
 * What one kept event contributes to one target under its terms (id {@code <target>:<event>}, so it is
 * counted once however often the event comes). A target's figure is the indicator's over these alone.
 */
@Document(CountedContribution.COLLECTION)
public record CountedContribution(@Id String id, String targetId, String eventId, String eventType, String subject,
        LocalDate businessDate, long value, Contribution.Mode mode, Instant receivedAt) {

    public static final String COLLECTION = "target_contributions";

    public static CountedContribution of(String targetId, Contribution c, Instant receivedAt) {
        return new CountedContribution(targetId + ":" + c.eventId(), targetId, c.eventId(), c.eventType(), c.subject(),
                c.businessDate(), c.value(), c.mode(), receivedAt);
    }

    public Contribution contribution() {
        return new Contribution(eventId, eventType, subject, businessDate, value, mode);
    }
}
