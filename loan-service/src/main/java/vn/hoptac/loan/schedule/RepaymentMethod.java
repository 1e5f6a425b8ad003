package vn.hoptac.loan.schedule;

/**
 * How the fund amortises a loan's principal; agreed in the loan contract, it fixes the whole schedule.
 */
public enum RepaymentMethod {
    /**
     * The same principal every amortising month (the remainder on the last), with interest on the
     * declining balance: totals fall month by month. The fund's usual method.
     */
    EQUAL_PRINCIPAL,
    /**
     * Annuity: a constant total per amortising month, computed with the monthly rate (annual / 12);
     * each month's interest is actual/365 on the balance and its principal is the rest of the payment.
     * The payment is rounded down to whole đồng, so rounding can only leave principal over, and the last
     * instalment takes whatever principal remains.
     *
     * <p>Because the payment uses annual / 12 while interest is actual/365, the last instalment absorbs
     * the drift: a few đồng to a little over a payment for the fund's loans. At high rates over long terms,
     * or when a later tranche makes the first month's interest small, a month whose interest exceeds the
     * payment repays no principal, or the balance runs out early and the last instalments shrink (even to
     * nothing). The totals still sum exactly and nothing is ever negative.
     */
    EQUAL_INSTALMENTS
}
