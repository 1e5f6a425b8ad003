package vn.hoptac.campaign.gathering.domain;

import java.time.LocalDate;
import java.util.List;

/** The attendance was corrected; both the count and the attending organisations are as they now stand. */
public record AttendanceCorrected(String gatheringId, String provinceCode, LocalDate effectiveOn, String actor,
        int attendance, List<String> organisationIds) implements GatheringEvent {
}
