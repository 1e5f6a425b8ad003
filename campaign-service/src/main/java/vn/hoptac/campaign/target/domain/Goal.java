package vn.hoptac.campaign.target.domain;

/**
 * What a target asks: at least {@code atLeast}, and at most {@code atMost} when the plan gives a range
 * (Thái Nguyên 2019: 30–35 new cooperatives). Reached once the actual is at least {@code atLeast}.
 */
public record Goal(long atLeast, Long atMost) {

    public boolean reachedBy(long actual) {
        return actual >= atLeast;
    }

    /** Within the range, or at least the goal when there is no upper end. */
    public boolean holds(long actual) {
        return reachedBy(actual) && (atMost == null || actual <= atMost);
    }
}
