package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;

/** The activity was done on {@code effectiveOn}, with a short result; {@code category} is the activity's. */
public record ActivityCompleted(String planId, String provinceCode, LocalDate effectiveOn, String actor,
        int activityNumber, String result, ActivityCategory category) implements PlanEvent {
}
