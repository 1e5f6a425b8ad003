package vn.hoptac.campaign.target.domain;

import java.time.LocalDate;

/**
 * The target's actual over its whole window moved to {@code actual}: by the event {@code eventId} (of
 * {@code eventType}, about {@code eventSubject}), or, when those are null, by a recount after the
 * target was set or changed. Lets another alliance follow a target from events alone.
 */
public record TargetProgressed(String targetId, String provinceCode, LocalDate effectiveOn, String actor, String planId,
        String indicatorId, long actual, long atLeast, Long atMost, String eventId, String eventType, String eventSubject)
        implements TargetEvent {
}
