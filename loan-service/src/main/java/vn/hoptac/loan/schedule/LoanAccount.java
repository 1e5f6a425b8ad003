package vn.hoptac.loan.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A loan's schedule together with what was paid out and paid back: allocates repayments and answers
 * "where does this loan stand on that day?". Immutable — {@link #with(Repayment)} returns a new account —
 * so a position as of any past date is recomputed from the same facts and always comes out the same.
 *
 * <p><b>Allocation order.</b> Repayments are taken in date order, then in list order for the same date.
 * Each one pays, until it is used up:
 * <ol>
 *   <li>overdue interest: unpaid interest of instalments due strictly before its date, oldest first;</li>
 *   <li>interest: unpaid interest of the instalment due on its date;</li>
 *   <li>principal: unpaid principal of instalments due on or before its date, oldest first, then early
 *       repayment of future instalments' principal, nearest first.</li>
 * </ol>
 * Interest of an instalment not yet due is never taken from a repayment: it is not owed yet. Without
 * interest recalculation (as in Fineract's default), a partial early repayment shortens the schedule
 * from the nearest instalment on but leaves the scheduled interest as it is; a full payoff waives the
 * interest of every instalment due after it.
 *
 * <p>No repayment may exceed the payoff amount on its date (see {@link LoanPosition}): the fund holds no
 * credit balances.
 */
public final class LoanAccount {

    private final RepaymentSchedule schedule;
    private final List<Tranche> tranches;
    private final List<Repayment> repayments;
    /** The repayments in allocation order: by date, then by list order (the sort is stable). */
    private final List<Repayment> allocationOrder;
    private final Map<String, Allocation> allocations;

    /**
     * @param schedule   the loan's schedule
     * @param tranches   the disbursements — the very ones the schedule was generated from
     * @param repayments the repayments received, in the order they were recorded
     * @throws IllegalArgumentException if the tranches are not the schedule's, two repayments share an id,
     *                                  or a repayment is dated before the first tranche
     * @throws OverpaymentException     if a repayment exceeds the payoff amount on its date
     */
    public LoanAccount(RepaymentSchedule schedule, List<Tranche> tranches, List<Repayment> repayments) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(tranches, "tranches");
        Objects.requireNonNull(repayments, "repayments");
        // Immutable lists refuse contains(null), so look for nulls by hand.
        if (tranches.stream().anyMatch(Objects::isNull) || repayments.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("tranches and repayments must not hold nulls");
        }
        this.tranches = List.copyOf(tranches);
        if (!this.tranches.equals(schedule.tranches())) {
            throw new IllegalArgumentException(
                    "tranches must be the ones the schedule was generated from: " + schedule.tranches());
        }
        this.repayments = List.copyOf(repayments);
        Set<String> ids = new HashSet<>();
        for (Repayment repayment : this.repayments) {
            if (!ids.add(repayment.id())) {
                throw new IllegalArgumentException("repayment id " + repayment.id() + " is used twice");
            }
            requireNotBeforeDisbursement(repayment);
        }
        List<Repayment> ordered = new ArrayList<>(this.repayments);
        ordered.sort(Comparator.comparing(Repayment::on));
        this.allocationOrder = List.copyOf(ordered);
        this.allocations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(replay(allocationOrder, null).allocations));
    }

    /** The loan's schedule. */
    public RepaymentSchedule schedule() {
        return schedule;
    }

    /** The disbursements. */
    public List<Tranche> tranches() {
        return tranches;
    }

    /** The repayments, in the order they were recorded. */
    public List<Repayment> repayments() {
        return repayments;
    }

    /**
     * How each repayment was split, by repayment id, in allocation order (by date, then by list
     * order); see the class documentation for the order of the split.
     */
    public Map<String, Allocation> allocations() {
        return allocations;
    }

    /** How the repayment {@code repaymentId} was split. */
    public Allocation allocationOf(String repaymentId) {
        Allocation allocation = allocations.get(repaymentId);
        if (allocation == null) {
            throw new IllegalArgumentException("No repayment " + repaymentId + " on this loan");
        }
        return allocation;
    }

    /**
     * What settles the loan on {@code on}, given the tranches and repayments dated on or before it: unpaid
     * interest of instalments due on or before {@code on} plus all outstanding principal. Interest of
     * instalments not yet due is not charged.
     */
    public long payoffAmount(LocalDate on) {
        return positionAsOf(on).payoffAmount();
    }

    /**
     * Refuses a repayment the fund must not take.
     *
     * @throws IllegalArgumentException if it is dated before the first tranche or reuses a repayment id
     * @throws OverpaymentException     if it exceeds {@link #payoffAmount(LocalDate)} on its date given the
     *                                  repayments so far — or, if back-dated, it makes a later repayment
     *                                  exceed the payoff on that one's date
     */
    public void checkRepayment(Repayment next) {
        Objects.requireNonNull(next, "next");
        requireNotBeforeDisbursement(next);
        for (Repayment repayment : repayments) {
            if (repayment.id().equals(next.id())) {
                throw new IllegalArgumentException("repayment id " + next.id() + " is already recorded");
            }
        }
        long payoff = payoffAmount(next.on());
        if (next.amount() > payoff) {
            throw new OverpaymentException(next, payoff);
        }
        // A back-dated repayment is allocated before later ones and may leave them too large.
        List<Repayment> ordered = new ArrayList<>(repayments);
        ordered.add(next);
        ordered.sort(Comparator.comparing(Repayment::on));
        replay(ordered, null);
    }

    /**
     * A new account with {@code next} appended, after {@link #checkRepayment(Repayment) checking} it.
     */
    public LoanAccount with(Repayment next) {
        checkRepayment(next);
        List<Repayment> appended = new ArrayList<>(repayments);
        appended.add(next);
        return new LoanAccount(schedule, tranches, appended);
    }

    /**
     * Where the loan stands on {@code date}, from the tranches and repayments dated on or before it only —
     * so the figures as of any past date are what they were on that day.
     */
    public LoanPosition positionAsOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Ledger ledger = replay(allocationOrder, date);
        long disbursed = disbursedBy(date);
        long outstandingPrincipal = disbursed - ledger.principalRepaid;
        List<Instalment> instalments = schedule.instalments();
        long overduePrincipal = 0;
        long overdueInterest = 0;
        long dueInterestUnpaid = 0;
        LocalDate oldestUnpaidDue = null;
        for (int i = 0; i < instalments.size(); i++) {
            LocalDate due = instalments.get(i).dueOn();
            if (due.isAfter(date)) {
                break;
            }
            long unpaidInterest = ledger.unpaidInterest(i);
            dueInterestUnpaid += unpaidInterest;
            if (due.isBefore(date)) {
                long unpaidPrincipal = ledger.unpaidPrincipal(i);
                overduePrincipal += unpaidPrincipal;
                overdueInterest += unpaidInterest;
                if (oldestUnpaidDue == null && unpaidPrincipal + unpaidInterest > 0) {
                    oldestUnpaidDue = due;
                }
            }
        }
        long daysOverdue = oldestUnpaidDue == null ? 0 : ChronoUnit.DAYS.between(oldestUnpaidDue, date);
        long payoff = Math.addExact(dueInterestUnpaid, outstandingPrincipal);
        return new LoanPosition(date, disbursed, ledger.principalRepaid, ledger.interestPaid, outstandingPrincipal,
                overduePrincipal, overdueInterest, daysOverdue, ArrearsBucket.of(daysOverdue), payoff,
                payoff == 0 && disbursed > 0);
    }

    private void requireNotBeforeDisbursement(Repayment repayment) {
        if (repayment.on().isBefore(schedule.disbursedOn())) {
            throw new IllegalArgumentException("repayment " + repayment.id() + " of " + repayment.on()
                    + " is dated before the first tranche of " + schedule.disbursedOn());
        }
    }

    private long disbursedBy(LocalDate date) {
        long disbursed = 0;
        for (Tranche tranche : tranches) {
            if (!tranche.on().isAfter(date)) {
                disbursed += tranche.amount();
            }
        }
        return disbursed;
    }

    /**
     * Allocates the repayments (already in allocation order) dated on or before {@code asOf} (all if null),
     * refusing any that exceeds the payoff on its date.
     */
    private Ledger replay(List<Repayment> ordered, LocalDate asOf) {
        Ledger ledger = new Ledger(schedule.instalments());
        for (Repayment repayment : ordered) {
            if (asOf != null && repayment.on().isAfter(asOf)) {
                break;
            }
            long payoff = Math.addExact(ledger.dueInterestUnpaid(repayment.on()),
                    disbursedBy(repayment.on()) - ledger.principalRepaid);
            if (repayment.amount() > payoff) {
                throw new OverpaymentException(repayment, payoff);
            }
            ledger.allocate(repayment);
            if (ledger.principalRepaid == schedule.totalPrincipal()) {
                ledger.closedOn = repayment.on();
            }
        }
        return ledger;
    }

    /** Running state of the allocation: what of each instalment has been paid. */
    private static final class Ledger {
        private final List<Instalment> instalments;
        private final long[] interestPaidOf;
        private final long[] principalPaidOf;
        private final Map<String, Allocation> allocations = new LinkedHashMap<>();
        private long principalRepaid;
        private long interestPaid;
        /** The day the loan was paid off; interest of instalments due after it is waived. */
        private LocalDate closedOn;

        Ledger(List<Instalment> instalments) {
            this.instalments = instalments;
            this.interestPaidOf = new long[instalments.size()];
            this.principalPaidOf = new long[instalments.size()];
        }

        long chargedInterest(int i) {
            Instalment instalment = instalments.get(i);
            return closedOn != null && instalment.dueOn().isAfter(closedOn) ? 0 : instalment.interest();
        }

        long unpaidInterest(int i) {
            return Math.max(0, chargedInterest(i) - interestPaidOf[i]);
        }

        long unpaidPrincipal(int i) {
            return instalments.get(i).principal() - principalPaidOf[i];
        }

        long dueInterestUnpaid(LocalDate on) {
            long unpaid = 0;
            for (int i = 0; i < instalments.size() && !instalments.get(i).dueOn().isAfter(on); i++) {
                unpaid += unpaidInterest(i);
            }
            return unpaid;
        }

        /** Splits one repayment, already known not to exceed the payoff on its date. */
        void allocate(Repayment repayment) {
            LocalDate on = repayment.on();
            long left = repayment.amount();
            long overdueInterest = 0;
            long interest = 0;
            long principal = 0;
            // (1) overdue interest, oldest first, then (2) the interest due today.
            for (int i = 0; i < instalments.size() && left > 0; i++) {
                LocalDate due = instalments.get(i).dueOn();
                if (due.isAfter(on)) {
                    break;
                }
                long take = Math.min(left, unpaidInterest(i));
                interestPaidOf[i] += take;
                left -= take;
                if (due.isBefore(on)) {
                    overdueInterest += take;
                } else {
                    interest += take;
                }
            }
            // (3) principal in due-date order: overdue and due today first, then the nearest future ones.
            for (int i = 0; i < instalments.size() && left > 0; i++) {
                long take = Math.min(left, unpaidPrincipal(i));
                principalPaidOf[i] += take;
                left -= take;
                principal += take;
            }
            if (left != 0) {
                // Unreachable: the caller refuses anything above the payoff, which all fits above.
                throw new IllegalStateException("repayment " + repayment.id() + " left " + left + " VND unallocated");
            }
            principalRepaid += principal;
            interestPaid += overdueInterest + interest;
            allocations.put(repayment.id(), new Allocation(overdueInterest, interest, principal));
        }
    }
}
