package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;

/** The activity started (it is in progress). */
public record ActivityStarted(String planId, String provinceCode, LocalDate effectiveOn, String actor, int activityNumber)
        implements PlanEvent {
}
