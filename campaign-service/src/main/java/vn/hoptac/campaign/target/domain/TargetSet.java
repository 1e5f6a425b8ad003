package vn.hoptac.campaign.target.domain;

import java.time.LocalDate;
import java.util.Map;

/** A target was set for a plan (or one of its activities): the indicator, filter, window and goal. */
public record TargetSet(String targetId, String provinceCode, LocalDate effectiveOn, String actor, String planId,
        Integer activityNumber, String indicatorId, int indicatorVersion, Map<String, String> filter, LocalDate windowFrom,
        LocalDate windowTo, long atLeast, Long atMost) implements TargetEvent {
}
