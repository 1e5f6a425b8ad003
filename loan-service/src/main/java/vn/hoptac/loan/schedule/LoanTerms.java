package vn.hoptac.loan.schedule;

/**
 * The agreed conditions of a loan that shape its repayment schedule; validated here so that no
 * schedule can be built from terms the fund could never sign.
 *
 * @param annualRateBasisPoints nominal annual interest rate in basis points (720 = 7.20% a year);
 *                              0 to 10,000 — interest-free loans exist
 * @param termMonths            number of monthly instalments, 1 to 360
 * @param graceMonths           leading interest-only instalments, 0 to {@code termMonths - 1}, so at
 *                              least one instalment repays principal
 * @param method                how the principal is amortised
 */
public record LoanTerms(long annualRateBasisPoints, int termMonths, int graceMonths, RepaymentMethod method) {

    /** 100% a year: anything above is a data-entry mistake, not a loan of this fund. */
    public static final long MAX_RATE_BASIS_POINTS = 10_000;
    /** 30 years. */
    public static final int MAX_TERM_MONTHS = 360;

    public LoanTerms {
        if (annualRateBasisPoints < 0 || annualRateBasisPoints > MAX_RATE_BASIS_POINTS) {
            throw new IllegalArgumentException("annualRateBasisPoints must be between 0 and " + MAX_RATE_BASIS_POINTS
                    + " (0% to 100% a year), was " + annualRateBasisPoints);
        }
        if (termMonths < 1 || termMonths > MAX_TERM_MONTHS) {
            throw new IllegalArgumentException(
                    "termMonths must be between 1 and " + MAX_TERM_MONTHS + ", was " + termMonths);
        }
        if (graceMonths < 0 || graceMonths > termMonths - 1) {
            throw new IllegalArgumentException("graceMonths must be between 0 and termMonths - 1 (" + (termMonths - 1)
                    + "), was " + graceMonths);
        }
        if (method == null) {
            throw new IllegalArgumentException("method must be given");
        }
    }

    /** The instalments that repay principal: the term less the grace months. */
    public int amortisingMonths() {
        return termMonths - graceMonths;
    }
}
