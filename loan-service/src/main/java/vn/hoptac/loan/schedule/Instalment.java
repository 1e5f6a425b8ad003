package vn.hoptac.loan.schedule;

import java.time.LocalDate;

/**
 * One scheduled monthly instalment: what the cooperative owes on {@code dueOn}, split into principal
 * and interest because repayments are allocated to the two separately.
 *
 * @param number    1-based position in the schedule
 * @param dueOn     the day it falls due
 * @param principal whole đồng of principal, never negative (0 in a grace month)
 * @param interest  whole đồng of interest, never negative
 */
public record Instalment(int number, LocalDate dueOn, long principal, long interest) {

    public Instalment {
        if (number < 1) {
            throw new IllegalArgumentException("number of an instalment must be 1 or more, was " + number);
        }
        if (dueOn == null) {
            throw new IllegalArgumentException("dueOn of an instalment must be given");
        }
        if (principal < 0) {
            throw new IllegalArgumentException("principal of an instalment must not be negative, was " + principal);
        }
        if (interest < 0) {
            throw new IllegalArgumentException("interest of an instalment must not be negative, was " + interest);
        }
    }

    /** Principal plus interest: what the cooperative pays on the due date. */
    public long total() {
        return Math.addExact(principal, interest);
    }
}
