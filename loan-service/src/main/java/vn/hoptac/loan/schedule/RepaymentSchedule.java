package vn.hoptac.loan.schedule;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The monthly instalments a cooperative agrees to repay at disbursement; the yardstick against which
 * repayments are allocated and arrears measured.
 *
 * <p>Rules (after Apache Fineract's schedules, with this fund's simplifications):
 * <ul>
 *   <li>instalment {@code k} falls due {@code k} months after the first tranche
 *       ({@link LocalDate#plusMonths}, so 31 January is followed by 28 or 29 February, then 31 March);</li>
 *   <li>the first {@code graceMonths} instalments are interest-only; the principal is amortised over
 *       the rest, and the last instalment takes whatever principal remains, so the schedule's principal
 *       is exactly the sum of the tranches;</li>
 *   <li>interest is actual/365 on the outstanding principal, rounded half-up to whole đồng per
 *       instalment; in the first period each tranche accrues from its own date;</li>
 *   <li>every tranche lies between the first tranche and the first due date: a tranche after that
 *       would need a rescheduling, which this fund does not do.</li>
 * </ul>
 * Immutable.
 */
public final class RepaymentSchedule {

    /** actual/365 with the rate in basis points: interest = principal × bp × days / (365 × 10,000). */
    private static final BigInteger DAY_COUNT_DIVISOR = BigInteger.valueOf(365L * 10_000L);
    private static final BigInteger HALF_DIVISOR = DAY_COUNT_DIVISOR.shiftRight(1);
    /** Monthly rate of an annuity = annual / 12, and basis points are 1/10,000. */
    private static final BigDecimal MONTHLY_RATE_DIVISOR = BigDecimal.valueOf(12L * 10_000L);
    /** Far more digits than any đồng amount needs, so flooring the annuity is exact in practice. */
    private static final MathContext ANNUITY_PRECISION = new MathContext(60, RoundingMode.HALF_EVEN);

    private final LoanTerms terms;
    private final List<Tranche> tranches;
    private final List<Instalment> instalments;
    private final long totalPrincipal;
    private final long totalInterest;

    private RepaymentSchedule(LoanTerms terms, List<Tranche> tranches, List<Instalment> instalments) {
        this.terms = terms;
        this.tranches = tranches;
        this.instalments = List.copyOf(instalments);
        long principal = 0;
        long interest = 0;
        for (Instalment instalment : this.instalments) {
            principal = Math.addExact(principal, instalment.principal());
            interest = Math.addExact(interest, instalment.interest());
        }
        this.totalPrincipal = principal;
        this.totalInterest = interest;
    }

    /**
     * Builds the schedule of a loan paid out in the given tranches.
     *
     * @param terms    the agreed terms
     * @param tranches the disbursements, the first one first (it fixes the due dates); all must be dated
     *                 on or after it and strictly before the first due date
     * @throws IllegalArgumentException if there is no tranche, a tranche is out of that window, or the
     *                                  tranches overflow a {@code long}
     */
    public static RepaymentSchedule generate(LoanTerms terms, List<Tranche> tranches) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(tranches, "tranches");
        if (tranches.isEmpty()) {
            throw new IllegalArgumentException("tranches must hold at least one disbursement");
        }
        // Immutable lists refuse contains(null), so look for nulls by hand.
        if (tranches.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("tranches must not hold a null tranche");
        }
        List<Tranche> disbursed = List.copyOf(tranches);
        LocalDate start = disbursed.get(0).on();
        LocalDate firstDue = start.plusMonths(1);
        long principal = 0;
        for (Tranche tranche : disbursed) {
            if (tranche.on().isBefore(start)) {
                throw new IllegalArgumentException("tranche of " + tranche.on() + " is dated before the first tranche of "
                        + start + "; list the first disbursement first");
            }
            if (!tranche.on().isBefore(firstDue)) {
                throw new IllegalArgumentException("tranche of " + tranche.on()
                        + " must be dated before the first instalment, due on " + firstDue
                        + "; a later tranche would need a rescheduling, which the fund does not do");
            }
            try {
                principal = Math.addExact(principal, tranche.amount());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("tranches add up to more than a long can hold", e);
            }
        }

        int term = terms.termMonths();
        int grace = terms.graceMonths();
        int amortising = terms.amortisingMonths();
        long rate = terms.annualRateBasisPoints();
        // Equal principal: floor(P / n); an annuity: the level payment, rounded down so that rounding
        // can only leave principal over for the last instalment, never run out before it.
        long level = terms.method() == RepaymentMethod.EQUAL_PRINCIPAL
                ? principal / amortising
                : annuityPayment(principal, rate, amortising);

        List<Instalment> instalments = new ArrayList<>(term);
        long balance = principal;
        LocalDate periodStart = start;
        for (int k = 1; k <= term; k++) {
            LocalDate due = start.plusMonths(k);
            long interest = k == 1
                    ? firstPeriodInterest(disbursed, firstDue, rate)
                    : accrue(BigInteger.valueOf(balance).multiply(BigInteger.valueOf(rate))
                            .multiply(BigInteger.valueOf(ChronoUnit.DAYS.between(periodStart, due))));
            long principalDue;
            if (k <= grace) {
                principalDue = 0;
            } else if (k == term) {
                principalDue = balance;
            } else if (terms.method() == RepaymentMethod.EQUAL_PRINCIPAL) {
                principalDue = Math.min(level, balance);
            } else {
                // If a long month's interest ever exceeds the payment, that month repays no principal
                // (never a negative one); the last instalment catches up.
                principalDue = Math.max(0, Math.min(level - interest, balance));
            }
            instalments.add(new Instalment(k, due, principalDue, interest));
            balance -= principalDue;
            periodStart = due;
        }
        return new RepaymentSchedule(terms, disbursed, instalments);
    }

    /** Each tranche accrues from its own date to the first due date; rounded once for the instalment. */
    private static long firstPeriodInterest(List<Tranche> tranches, LocalDate firstDue, long rate) {
        BigInteger numerator = BigInteger.ZERO;
        for (Tranche tranche : tranches) {
            long days = ChronoUnit.DAYS.between(tranche.on(), firstDue);
            numerator = numerator.add(BigInteger.valueOf(tranche.amount()).multiply(BigInteger.valueOf(rate))
                    .multiply(BigInteger.valueOf(days)));
        }
        return accrue(numerator);
    }

    /** Σ principal × bp × days, divided by 365 × 10,000 and rounded half-up to whole đồng. */
    private static long accrue(BigInteger principalBasisPointDays) {
        return principalBasisPointDays.add(HALF_DIVISOR).divide(DAY_COUNT_DIVISOR).longValueExact();
    }

    /**
     * The level annuity payment P·r / (1 − (1 + r)^−n) with r = annual / 12, rounded down to whole đồng;
     * at 0% it is simply floor(P / n).
     */
    private static long annuityPayment(long principal, long rateBasisPoints, int months) {
        if (rateBasisPoints == 0) {
            return principal / months;
        }
        BigDecimal monthlyRate = BigDecimal.valueOf(rateBasisPoints).divide(MONTHLY_RATE_DIVISOR, ANNUITY_PRECISION);
        BigDecimal growth = BigDecimal.ONE.add(monthlyRate).pow(months, ANNUITY_PRECISION);
        BigDecimal payment = BigDecimal.valueOf(principal).multiply(monthlyRate, ANNUITY_PRECISION)
                .multiply(growth, ANNUITY_PRECISION)
                .divide(growth.subtract(BigDecimal.ONE), ANNUITY_PRECISION);
        return payment.setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** The terms the schedule was built from. */
    public LoanTerms terms() {
        return terms;
    }

    /** The disbursements the schedule was built from, first tranche first. */
    public List<Tranche> tranches() {
        return tranches;
    }

    /** The instalments in due-date order, numbered from 1. */
    public List<Instalment> instalments() {
        return instalments;
    }

    /** Σ principal of the instalments: exactly the sum of the tranches. */
    public long totalPrincipal() {
        return totalPrincipal;
    }

    /** Σ interest of the instalments, if every instalment is paid on its due date. */
    public long totalInterest() {
        return totalInterest;
    }

    /** The day the first tranche was paid out: the anchor of every due date. */
    public LocalDate disbursedOn() {
        return tranches.get(0).on();
    }

    /** The due date of the first instalment, one month after the first tranche. */
    public LocalDate firstDueOn() {
        return instalments.get(0).dueOn();
    }

    /** The due date of the last instalment. */
    public LocalDate maturityOn() {
        return instalments.get(instalments.size() - 1).dueOn();
    }

    @Override
    public String toString() {
        return "RepaymentSchedule[" + terms + ", principal=" + totalPrincipal + ", interest=" + totalInterest
                + ", " + firstDueOn() + ".." + maturityOn() + "]";
    }
}
