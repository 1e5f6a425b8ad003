package vn.hoptac.campaign.target.domain;

import java.time.LocalDate;
import java.util.Map;

/** A target's terms were changed; every field is as it now stands. */
public record TargetChanged(String targetId, String provinceCode, LocalDate effectiveOn, String actor, String planId,
        Integer activityNumber, String indicatorId, int indicatorVersion, Map<String, String> filter, LocalDate windowFrom,
        LocalDate windowTo, long atLeast, Long atMost) implements TargetEvent {
}
