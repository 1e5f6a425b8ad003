package vn.hoptac.loan.schedule;

import java.time.LocalDate;

/**
 * Money a cooperative paid back to the fund on a day; identified so that each {@link Allocation} can
 * name the repayment it splits.
 *
 * @param id     the receipt's identifier, unique within a loan
 * @param on     the day the fund received it
 * @param amount whole đồng, positive
 */
public record Repayment(String id, LocalDate on, long amount) {

    public Repayment {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id of a repayment must be given");
        }
        if (on == null) {
            throw new IllegalArgumentException("on (the repayment's date) must be given");
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("amount of a repayment must be positive, was " + amount);
        }
    }
}
