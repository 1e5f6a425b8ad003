package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;

/** An activity was amended; every field is as it now stands. */
public record ActivityAmended(String planId, String provinceCode, LocalDate effectiveOn, String actor, int activityNumber,
        String title, ActivityCategory category, LocalDate windowFrom, LocalDate windowTo, String commune,
        String placeProvinceCode, String formerProvinceCode, String responsibleUnit) implements PlanEvent {
}
