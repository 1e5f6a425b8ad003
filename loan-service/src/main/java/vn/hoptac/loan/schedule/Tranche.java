package vn.hoptac.loan.schedule;

import java.time.LocalDate;

/**
 * One disbursement (giải ngân) of a loan; a loan may be paid out in several tranches, each accruing
 * interest from its own date.
 *
 * @param on     the day the money left the fund
 * @param amount whole đồng, positive
 */
public record Tranche(LocalDate on, long amount) {

    public Tranche {
        if (on == null) {
            throw new IllegalArgumentException("on (the tranche's disbursement date) must be given");
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("amount of a tranche must be positive, was " + amount);
        }
    }
}
