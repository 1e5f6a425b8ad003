package vn.hoptac.campaign.gathering.domain;

import java.time.LocalDate;
import java.util.List;

/** A class, conference or tour was held on {@code effectiveOn} (to {@code endsOn} when it lasted longer). */
public record GatheringRecorded(String gatheringId, String provinceCode, LocalDate effectiveOn, String actor,
        String planId, int activityNumber, GatheringKind kind, String title, LocalDate endsOn, String commune,
        String placeProvinceCode, String formerProvinceCode, List<Audience> audiences, boolean ethnicMinorityArea,
        int attendance, List<String> organisationIds) implements GatheringEvent {
}
