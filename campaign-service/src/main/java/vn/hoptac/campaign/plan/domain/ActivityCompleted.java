package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;

/** The activity was done on {@code effectiveOn}, with a short result. */
public record ActivityCompleted(String planId, String provinceCode, LocalDate effectiveOn, String actor,
        int activityNumber, String result) implements PlanEvent {
}
