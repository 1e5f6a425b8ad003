package vn.hoptac.loan.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hoptac.loan.schedule.Allocation;
import vn.hoptac.loan.schedule.ArrearsBucket;
import vn.hoptac.loan.schedule.Instalment;
import vn.hoptac.loan.schedule.LoanAccount;
import vn.hoptac.loan.schedule.LoanPosition;
import vn.hoptac.loan.schedule.LoanTerms;
import vn.hoptac.loan.schedule.OverpaymentException;
import vn.hoptac.loan.schedule.Repayment;
import vn.hoptac.loan.schedule.RepaymentSchedule;
import vn.hoptac.loan.schedule.Tranche;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;

/**
 * The loan's account once money moves: its tranches, repayments, schedule, arrears, recovery flag
 * and write-off. Its rules are the tranche window, the repayment order and ageing; the arithmetic is
 * {@link LoanAccount}'s.
 */
public final class DisbursedLoan {

    private final List<TrancheRecord> tranches;
    private final List<RepaymentRecord> repayments;
    private List<Instalment> schedule;
    private ArrearsBucket bucket;
    private long daysOverdue;
    private boolean recoveryRequired;
    private long writtenOffAmount;

    private DisbursedLoan(List<TrancheRecord> tranches, List<RepaymentRecord> repayments, List<Instalment> schedule,
            ArrearsBucket bucket, long daysOverdue, boolean recoveryRequired, long writtenOffAmount) {
        this.tranches = new ArrayList<>(tranches);
        this.repayments = new ArrayList<>(repayments);
        this.schedule = schedule == null ? List.of() : List.copyOf(schedule);
        this.bucket = bucket == null ? ArrearsBucket.CURRENT : bucket;
        this.daysOverdue = daysOverdue;
        this.recoveryRequired = recoveryRequired;
        this.writtenOffAmount = writtenOffAmount;
    }

    /** Nothing disbursed yet. */
    static DisbursedLoan none() {
        return new DisbursedLoan(List.of(), List.of(), List.of(), ArrearsBucket.CURRENT, 0, false, 0);
    }

    /** Rebuilds what was stored. */
    public static DisbursedLoan restore(List<TrancheRecord> tranches, List<RepaymentRecord> repayments,
            List<Instalment> schedule, ArrearsBucket bucket, long daysOverdue, boolean recoveryRequired, long writtenOffAmount) {
        return new DisbursedLoan(tranches, repayments, schedule, bucket, daysOverdue, recoveryRequired, writtenOffAmount);
    }

    /**
     * Reserves a tranche before the fund's capital is taken; never above the approved amount, and
     * all tranches before the first instalment falls due (the schedule is not re-phased later).
     */
    TrancheRecord reserve(String trancheId, long amount, LocalDate on, String idempotencyKey, String fingerprint,
            LocalDate today, Origination origination, String actor, Instant at) {
        if (recoveryRequired) {
            throw new ConflictException("This loan is flagged for recovery: nothing more can be disbursed.");
        }
        if (amount <= 0) {
            throw new InvalidFieldException("amount", "must be more than 0");
        }
        long committed = tranches.stream().mapToLong(TrancheRecord::amount).sum();
        if (committed + amount > origination.approvedAmount()) {
            throw new ConflictException("Disbursing " + amount + " VND would exceed the approved "
                    + origination.approvedAmount() + " VND (" + committed + " VND already disbursed or in progress).");
        }
        if (on.isAfter(today)) {
            throw new InvalidFieldException(List.of(BusinessCalendar.inTheFuture("disbursedOn", today)));
        }
        if (on.isBefore(origination.approvedOn())) {
            throw new InvalidFieldException("disbursedOn", "is before the approval on " + origination.approvedOn());
        }
        if (!schedule.isEmpty() && (!on.isBefore(schedule.get(0).dueOn()) || on.isBefore(tranches.get(0).on()))) {
            throw new ConflictException("Every tranche must be disbursed between the first tranche (" + tranches.get(0).on()
                    + ") and the first instalment's due date (" + schedule.get(0).dueOn() + ").");
        }
        TrancheRecord tranche = new TrancheRecord(trancheId, amount, on, TrancheRecord.TrancheState.PENDING, idempotencyKey,
                fingerprint, at, actor);
        tranches.add(tranche);
        return tranche;
    }

    /** The fund's capital was taken: the tranche is disbursed and the schedule covers all that was. Empty if it was already. */
    Optional<TrancheRecord> confirm(String trancheId, LoanTerms terms) {
        TrancheRecord tranche = tranche(trancheId).orElseThrow();
        if (tranche.state() == TrancheRecord.TrancheState.DISBURSED) {
            return Optional.empty();
        }
        TrancheRecord disbursed = tranche.disbursed();
        tranches.set(tranches.indexOf(tranche), disbursed);
        schedule = RepaymentSchedule.generate(terms, disbursedTranches()).instalments();
        return Optional.of(disbursed);
    }

    /** The fund refused (or never took) the capital: the reservation is dropped. */
    boolean cancel(String trancheId) {
        return tranches.removeIf(t -> t.trancheId().equals(trancheId) && t.state() == TrancheRecord.TrancheState.PENDING);
    }

    /** Money back on a written-off loan: a recovery, never more than was written off. */
    void recover(String repaymentId, long amount, LocalDate on, String idempotencyKey, String fingerprint, String actor) {
        long recovered = repayments.stream().filter(RepaymentRecord::afterWriteOff).mapToLong(RepaymentRecord::amount).sum();
        if (recovered + amount > writtenOffAmount) {
            throw new InvalidFieldException("amount", "only " + (writtenOffAmount - recovered)
                    + " VND of the written-off principal remains to recover");
        }
        repayments.add(new RepaymentRecord(repaymentId, amount, on, 0, 0, amount, true, idempotencyKey, fingerprint, actor));
    }

    /** What a repayment came to: how it was split, and the loan's position that day. */
    record Repaid(Allocation allocation, LoanPosition position) {
    }

    /** A repayment on an active loan, split overdue interest, interest, then principal; overpayment is refused. */
    Repaid repay(String repaymentId, long amount, LocalDate on, String idempotencyKey, String fingerprint, LoanTerms terms,
            String actor) {
        if (on.isBefore(tranches.get(0).on())) {
            throw new InvalidFieldException("receivedOn", "is before the first disbursement on " + tranches.get(0).on());
        }
        LoanAccount after;
        try {
            after = account(terms).with(new Repayment(repaymentId, on, amount));
        } catch (OverpaymentException e) {
            throw new InvalidFieldException("amount", "is more than the " + e.payoffAmount()
                    + " VND that settles this loan on " + on + "; overpayments are not accepted");
        }
        Allocation split = after.allocationOf(repaymentId);
        repayments.add(new RepaymentRecord(repaymentId, amount, on, split.overdueInterest(), split.interest(),
                split.principal(), false, idempotencyKey, fingerprint, actor));
        return new Repaid(split, after.positionAsOf(on));
    }

    /** Writes the outstanding principal off; returns it. */
    long writeOff(LocalDate on, LoanTerms terms) {
        writtenOffAmount = account(terms).positionAsOf(on).outstandingPrincipal();
        return writtenOffAmount;
    }

    /** Flags the loan for recovery (its borrower is gone); false when it already was. */
    boolean flagForRecovery() {
        if (recoveryRequired) {
            return false;
        }
        recoveryRequired = true;
        return true;
    }

    /** A move between arrears buckets on a business date. */
    record Move(ArrearsBucket from, LoanPosition position) {
    }

    /** Ages the loan to {@code businessDate}; a move when its bucket changed. */
    Optional<Move> age(LocalDate businessDate, LoanTerms terms) {
        LoanPosition position = account(terms).positionAsOf(businessDate);
        ArrearsBucket previous = bucket;
        daysOverdue = position.daysOverdue();
        bucket = position.bucket();
        return previous == bucket ? Optional.empty() : Optional.of(new Move(previous, position));
    }

    /** The loan's money as of any date, from its tranches, schedule and repayments (recoveries aside). */
    LoanAccount account(LoanTerms terms) {
        if (schedule.isEmpty()) {
            throw new ConflictException("Nothing has been disbursed on this loan yet.");
        }
        List<Repayment> paid = repayments.stream().filter(r -> !r.afterWriteOff())
                .map(r -> new Repayment(r.repaymentId(), r.on(), r.amount())).toList();
        return new LoanAccount(RepaymentSchedule.generate(terms, disbursedTranches()), disbursedTranches(), paid);
    }

    private List<Tranche> disbursedTranches() {
        return tranches.stream().filter(t -> t.state() == TrancheRecord.TrancheState.DISBURSED)
                .map(t -> new Tranche(t.on(), t.amount())).toList();
    }

    long disbursed() {
        return disbursedTranches().stream().mapToLong(Tranche::amount).sum();
    }

    boolean hasTranches() {
        return !tranches.isEmpty();
    }

    public boolean hasDisbursement() {
        return !schedule.isEmpty();
    }

    public Optional<TrancheRecord> tranche(String trancheId) {
        return tranches.stream().filter(t -> t.trancheId().equals(trancheId)).findFirst();
    }

    public Optional<TrancheRecord> trancheByKey(String idempotencyKey) {
        return tranches.stream().filter(t -> idempotencyKey.equals(t.idempotencyKey())).findFirst();
    }

    public Optional<RepaymentRecord> repaymentByKey(String idempotencyKey) {
        return repayments.stream().filter(r -> idempotencyKey.equals(r.idempotencyKey())).findFirst();
    }

    public List<TrancheRecord> tranches() {
        return List.copyOf(tranches);
    }

    public List<RepaymentRecord> repayments() {
        return List.copyOf(repayments);
    }

    public List<Instalment> schedule() {
        return schedule;
    }

    public ArrearsBucket bucket() {
        return bucket;
    }

    public long daysOverdue() {
        return daysOverdue;
    }

    public boolean recoveryRequired() {
        return recoveryRequired;
    }

    public long writtenOffAmount() {
        return writtenOffAmount;
    }
}
