package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;

/**
 * The activity was still open (planned or in progress) after its window closed on {@code windowTo};
 * {@code effectiveOn} is the business date the daily job found it.
 */
public record ActivityOverdue(String planId, String provinceCode, LocalDate effectiveOn, String actor,
        int activityNumber, LocalDate windowTo, ActivityStatus status) implements PlanEvent {
}
