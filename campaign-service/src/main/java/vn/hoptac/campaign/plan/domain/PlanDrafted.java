package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;

/** A plan was drafted; {@code effectiveOn} is the day it was. */
public record PlanDrafted(String planId, String provinceCode, LocalDate effectiveOn, String actor, PlanKind kind, String title,
        String theme, LocalDate periodFrom, LocalDate periodTo, LocalDate peakFrom, LocalDate peakTo,
        String implementsPlanNumber) implements PlanEvent {
}
