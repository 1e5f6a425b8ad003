package vn.hoptac.campaign.target.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.campaign.plan.domain.Texts;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;

/** What a target counts: a published indicator, an optional filter on its fields, a window, and the goal. */
public record TargetTerms(String indicatorId, Map<String, String> filter, Period window, Goal goal) {

    static final long MAX_GOAL = 1_000_000_000_000_000L;

    /** The terms tidied and checked against the plan's period and the indicators; faults added to {@code errors}. */
    TargetTerms checked(Period planPeriod, IndicatorRules indicators, List<FieldError> errors) {
        String indicator = Texts.tidy(indicatorId);
        Map<String, String> tidyFilter = new TreeMap<>();
        boolean badFilter = false;
        if (filter != null) {
            for (Map.Entry<String, String> entry : filter.entrySet()) {
                String name = Texts.tidy(entry.getKey());
                String value = Texts.tidy(entry.getValue());
                if (name == null || value == null || value.length() > 255) {
                    badFilter = true;
                } else {
                    tidyFilter.put(name, value);
                }
            }
        }
        if (badFilter) {
            errors.add(new FieldError("filter", "each filter names a field and a value of 1 to 255 characters"));
        }
        if (indicator == null) {
            errors.add(new FieldError("indicatorId", "is required"));
        } else {
            boolean filterReported = badFilter;
            errors.addAll(indicators.check(indicator, tidyFilter).stream()
                    .filter(e -> !(filterReported && e.field().equals("filter"))).toList());
        }
        errors.addAll(Period.within(window, planPeriod, "windowFrom", "windowTo"));
        if (goal == null) {
            errors.add(new FieldError("atLeast", "is required"));
        } else {
            if (goal.atLeast() < 0 || goal.atLeast() > MAX_GOAL) {
                errors.add(new FieldError("atLeast", "must be 0 to " + MAX_GOAL));
            }
            if (goal.atMost() != null && goal.atMost() > MAX_GOAL) {
                errors.add(new FieldError("atMost", "must be at most " + MAX_GOAL));
            } else if (goal.atMost() != null && goal.atMost() < goal.atLeast()) {
                errors.add(new FieldError("atMost", "is below atLeast (" + goal.atLeast() + "): the range is upside down"));
            }
        }
        return new TargetTerms(indicator, java.util.Collections.unmodifiableMap(tidyFilter), window, goal);
    }
}
