package vn.hoptac.campaign.target.domain;

import java.time.LocalDate;

/**
 * The target was reached: the event {@code eventId} (of {@code eventType}, about {@code eventSubject})
 * brought the actual to its goal; {@code effectiveOn} is that event's business date.
 */
public record TargetReached(String targetId, String provinceCode, LocalDate effectiveOn, String actor, String planId,
        String indicatorId, long actual, long atLeast, String eventId, String eventType, String eventSubject)
        implements TargetEvent {
}
