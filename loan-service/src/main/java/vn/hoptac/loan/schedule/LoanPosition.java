package vn.hoptac.loan.schedule;

import java.time.LocalDate;

/**
 * Where a loan stands on a day, from the tranches and repayments dated on or before it: what the
 * officer needs to chase arrears, quote a payoff and report recovery.
 *
 * <p><b>Payoff.</b> {@code payoffAmount} is what settles the loan on {@code asOf}: the unpaid interest of
 * every instalment due on or before {@code asOf} plus all outstanding principal. Interest of
 * instalments not yet due is <em>not</em> charged on early payoff — it is for months in which the fund's
 * money would no longer be out — and once a loan is settled that interest is waived for good.
 *
 * @param asOf                 the day the figures are for
 * @param disbursed            Σ tranches paid out on or before {@code asOf}
 * @param principalRepaid      Σ principal repaid on or before {@code asOf}
 * @param interestPaid         Σ interest (overdue or current) paid on or before {@code asOf}
 * @param outstandingPrincipal {@code disbursed − principalRepaid}
 * @param overduePrincipal     unpaid principal of instalments due strictly before {@code asOf}
 * @param overdueInterest      unpaid interest of instalments due strictly before {@code asOf}
 * @param daysOverdue          days from the due date of the oldest instalment still (partly) unpaid and
 *                             past due to {@code asOf}; 0 if none
 * @param bucket               {@link ArrearsBucket#of(long) ageing} of {@code daysOverdue}
 * @param payoffAmount         what settles the loan on {@code asOf} (see above)
 * @param settled              money was lent and nothing more is owed: {@code payoffAmount == 0 && disbursed > 0}
 */
public record LoanPosition(LocalDate asOf, long disbursed, long principalRepaid, long interestPaid,
        long outstandingPrincipal, long overduePrincipal, long overdueInterest, long daysOverdue, ArrearsBucket bucket,
        long payoffAmount, boolean settled) {

    public LoanPosition {
        if (asOf == null) {
            throw new IllegalArgumentException("asOf of a loan position must be given");
        }
        if (bucket == null) {
            throw new IllegalArgumentException("bucket of a loan position must be given");
        }
    }

    /** Overdue principal plus overdue interest: what the cooperative is behind by. */
    public long overdueAmount() {
        return Math.addExact(overduePrincipal, overdueInterest);
    }
}
