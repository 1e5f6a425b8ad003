package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;

/** An activity was added to the plan. */
public record ActivityAdded(String planId, String provinceCode, LocalDate effectiveOn, String actor, int activityNumber,
        String title, ActivityCategory category, LocalDate windowFrom, LocalDate windowTo, String commune,
        String placeProvinceCode, String formerProvinceCode, String responsibleUnit) implements PlanEvent {
}
