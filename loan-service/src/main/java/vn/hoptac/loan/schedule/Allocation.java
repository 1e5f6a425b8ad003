package vn.hoptac.loan.schedule;

/**
 * How one repayment was split, in the fund's order: overdue interest first, then interest due on the
 * day, then principal. Kept per repayment so a receipt can show where the money went.
 *
 * @param overdueInterest whole đồng paid towards interest of instalments due before the repayment date
 * @param interest        whole đồng paid towards interest due on the repayment date
 * @param principal       whole đồng paid towards principal, overdue first, then early repayment
 */
public record Allocation(long overdueInterest, long interest, long principal) {

    public Allocation {
        if (overdueInterest < 0 || interest < 0 || principal < 0) {
            throw new IllegalArgumentException("overdueInterest, interest and principal of an allocation must not be"
                    + " negative, were " + overdueInterest + ", " + interest + ", " + principal);
        }
    }

    /** The whole repayment: every đồng is allocated somewhere. */
    public long total() {
        return Math.addExact(Math.addExact(overdueInterest, interest), principal);
    }
}
