package vn.hoptac.contracts.indicators;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one event contributes to an indicator under a filter, as {@link Indicator#contribution} finds it.
 *
 * @param eventId      the event's {@code ce_id}: contributions with the same id count once
 * @param eventType    the event's {@code ce_type}
 * @param subject      the event's {@code ce_subject} (the aggregate id): the subject of {@link Mode#START} and
 *                     {@link Mode#REPLACE}
 * @param businessDate the date the event counts on, read from its data at the indicator's pointer (for a
 *                     correction, the correction's own date)
 * @param value        1 for an indicator that counts events or subjects; the number at the indicator's value
 *                     pointer for a sum, or for a subject's value
 * @param mode         how {@link Indicator#figure} combines it
 */
public record Contribution(String eventId, String eventType, String subject, LocalDate businessDate, long value,
        Mode mode) {

    /** How a contribution is combined into a figure. */
    public enum Mode {
        /** Counts its value in the window that holds its own business date (indicators that COUNT or SUM). */
        ADD,
        /**
         * Starts its subject (LATEST_PER_SUBJECT): the subject counts once, in the window that holds the earliest
         * business date of its START contributions, with the value of that first START unless a REPLACE replaces it.
         */
        START,
        /**
         * A correction (LATEST_PER_SUBJECT): from its own business date on, replaces its subject's value; it never
         * starts a subject nor moves it to another window.
         */
        REPLACE
    }

    /**
     * Creates a contribution, rejecting null components.
     *
     * @param eventId      the event's {@code ce_id}
     * @param eventType    the event's {@code ce_type}
     * @param subject      the event's {@code ce_subject}
     * @param businessDate the date it counts on
     * @param value        what it counts
     * @param mode         how it is combined
     */
    public Contribution {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(mode, "mode");
    }
}
