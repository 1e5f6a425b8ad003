package vn.hoptac.campaign.target.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import vn.hoptac.campaign.target.domain.Goal;

/**
 * A target's progress as of a business date: the actual against the goal, and the events that make up
 * the actual (each counted once, by the indicator's published rule).
 */
public record Progress(String targetId, String indicatorId, LocalDate windowFrom, LocalDate windowTo, LocalDate asOf,
        long actual, long atLeast, Long atMost, BigDecimal percent, boolean reached, boolean withinRange,
        List<CountedView> events) {

    /** One event counted in the actual. */
    public record CountedView(String eventId, String type, String subject, LocalDate businessDate, long value) {
    }

    static Progress of(String targetId, String indicatorId, LocalDate from, LocalDate to, LocalDate asOf, long actual, Goal goal,
            List<CountedView> events) {
        BigDecimal percent = goal.atLeast() == 0 ? BigDecimal.valueOf(100)
                : BigDecimal.valueOf(actual * 100).divide(BigDecimal.valueOf(goal.atLeast()), 1, RoundingMode.HALF_UP);
        return new Progress(targetId, indicatorId, from, to, asOf, actual, goal.atLeast(), goal.atMost(), percent,
                goal.reachedBy(actual), goal.holds(actual), events);
    }
}
