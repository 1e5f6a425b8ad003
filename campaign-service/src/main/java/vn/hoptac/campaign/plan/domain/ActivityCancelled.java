package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;

/** The activity was cancelled, with the reason. */
public record ActivityCancelled(String planId, String provinceCode, LocalDate effectiveOn, String actor,
        int activityNumber, String reason) implements PlanEvent {
}
