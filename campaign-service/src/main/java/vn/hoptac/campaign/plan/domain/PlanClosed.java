package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;

/** The plan was closed with its assessment; it is read-only from now on. */
public record PlanClosed(String planId, String provinceCode, LocalDate effectiveOn, String actor, String assessment)
        implements PlanEvent {
}
