package vn.hoptac.campaign.gathering.domain;

import java.time.LocalDate;

/** A commendation (bằng khen) was awarded to an organisation at the conference, by {@code awardedBy}. */
public record CommendationAwarded(String gatheringId, String provinceCode, LocalDate effectiveOn, String actor,
        String commendationId, String organisationId, String title, String awardedBy) implements GatheringEvent {
}
