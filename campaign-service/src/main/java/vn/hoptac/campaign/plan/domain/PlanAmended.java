package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;

/** A drafted plan's heading was changed; every field is as it now stands. */
public record PlanAmended(String planId, String provinceCode, LocalDate effectiveOn, String actor, PlanKind kind, String title,
        String theme, LocalDate periodFrom, LocalDate periodTo, LocalDate peakFrom, LocalDate peakTo,
        String implementsPlanNumber) implements PlanEvent {
}
