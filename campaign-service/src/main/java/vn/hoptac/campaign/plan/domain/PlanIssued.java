package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;

/** The plan was issued under its number on {@code effectiveOn}. */
public record PlanIssued(String planId, String provinceCode, LocalDate effectiveOn, String actor, PlanKind kind,
        String number) implements PlanEvent {
}
