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
     * The last instalment takes whatever principal remains.
     */
    EQUAL_INSTALMENTS
}
