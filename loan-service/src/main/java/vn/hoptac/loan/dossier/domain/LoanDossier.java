package vn.hoptac.loan.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hoptac.loan.schedule.ArrearsBucket;
import vn.hoptac.loan.schedule.Instalment;
import vn.hoptac.loan.schedule.LoanAccount;
import vn.hoptac.loan.schedule.LoanPosition;
import vn.hoptac.loan.schedule.LoanTerms;
import vn.hoptac.loan.schedule.OverpaymentException;
import vn.hoptac.loan.schedule.Repayment;
import vn.hoptac.loan.schedule.RepaymentSchedule;
import vn.hoptac.loan.schedule.Tranche;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.ForbiddenException;
import vn.hoptac.plumbing.errors.InvalidFieldException;

/**
 * A cooperative's loan dossier and, once approved and disbursed, its loan. Each transition checks
 * its rule and returns the events it causes; decisions form an append-only audit trail.
 */
public final class LoanDossier {

    /** Who the dossier is for and what it asks. */
    public record Application(String organisationId, String organisationName, String fundId, String provinceCode,
            String purpose, long amountRequested, int termMonths, boolean newRuralAreaCommune) {
    }

    private final String id;
    private final Application application;
    private final LocalDate receivedOn;
    private LoanStatus status;
    private Appraisal appraisal;
    private final List<Decision> decisions;
    private long approvedAmount;
    private LocalDate approvedOn;
    private final List<TrancheRecord> tranches;
    private final List<RepaymentRecord> repayments;
    private List<Instalment> schedule;
    private ArrearsBucket bucket;
    private long daysOverdue;
    private boolean recoveryRequired;
    private long writtenOffAmount;

    private LoanDossier(String id, Application application, LocalDate receivedOn, LoanStatus status, Appraisal appraisal,
            List<Decision> decisions, long approvedAmount, LocalDate approvedOn, List<TrancheRecord> tranches,
            List<RepaymentRecord> repayments, List<Instalment> schedule, ArrearsBucket bucket, long daysOverdue,
            boolean recoveryRequired, long writtenOffAmount) {
        this.id = id;
        this.application = application;
        this.receivedOn = receivedOn;
        this.status = status;
        this.appraisal = appraisal;
        this.decisions = new ArrayList<>(decisions);
        this.approvedAmount = approvedAmount;
        this.approvedOn = approvedOn;
        this.tranches = new ArrayList<>(tranches);
        this.repayments = new ArrayList<>(repayments);
        this.schedule = schedule == null ? List.of() : List.copyOf(schedule);
        this.bucket = bucket == null ? ArrearsBucket.CURRENT : bucket;
        this.daysOverdue = daysOverdue;
        this.recoveryRequired = recoveryRequired;
        this.writtenOffAmount = writtenOffAmount;
    }

    /** Rebuilds a dossier from what was stored. */
    public static LoanDossier restore(String id, Application application, LocalDate receivedOn, LoanStatus status,
            Appraisal appraisal, List<Decision> decisions, long approvedAmount, LocalDate approvedOn,
            List<TrancheRecord> tranches, List<RepaymentRecord> repayments, List<Instalment> schedule,
            ArrearsBucket bucket, long daysOverdue, boolean recoveryRequired, long writtenOffAmount) {
        return new LoanDossier(id, application, receivedOn, status, appraisal, decisions, approvedAmount, approvedOn,
                tranches, repayments, schedule, bucket, daysOverdue, recoveryRequired, writtenOffAmount);
    }

    /** A dossier received from an eligible organisation (eligibility is checked by the caller, from events). */
    public static Receipt receive(String id, Application application, LoanLimits limits, LocalDate on, String actor) {
        List<InvalidFieldException.FieldError> errors = new ArrayList<>();
        if (application.amountRequested() <= 0) {
            errors.add(new InvalidFieldException.FieldError("amountRequested", "must be more than 0"));
        } else if (application.amountRequested() > limits.maxLoanAmount()) {
            errors.add(new InvalidFieldException.FieldError("amountRequested",
                    "must be at most " + limits.maxLoanAmount() + " VND, this fund's limit per loan"));
        }
        if (application.termMonths() < 1 || application.termMonths() > limits.maxTermMonths()) {
            errors.add(new InvalidFieldException.FieldError("termMonths", "must be 1 to " + limits.maxTermMonths()));
        }
        if (application.purpose() == null || application.purpose().isBlank() || application.purpose().length() > 1000) {
            errors.add(new InvalidFieldException.FieldError("purpose", "must be 1 to 1000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        LoanDossier dossier = new LoanDossier(id, application, on, LoanStatus.RECEIVED, null, List.of(), 0, null,
                List.of(), List.of(), List.of(), ArrearsBucket.CURRENT, 0, false, 0);
        return new Receipt(dossier, new DossierReceived(id, application.organisationId(), application.fundId(),
                application.provinceCode(), LoanStatus.RECEIVED, on, actor, application.purpose(),
                application.amountRequested(), application.termMonths(), application.newRuralAreaCommune()));
    }

    /** A new dossier and the event that received it. */
    public record Receipt(LoanDossier dossier, DossierReceived event) {
    }

    public LoanEvent giveGuidance(String comment, LocalDate on, String officer, Instant at) {
        require("give guidance on", LoanStatus.RECEIVED, LoanStatus.IN_COMPLETION);
        decide("GUIDANCE", requireText("comment", comment, 2000), officer, on, at);
        status = LoanStatus.IN_COMPLETION;
        return new DossierGuidanceGiven(id, orgId(), fundId(), province(), status, on, officer, comment.strip());
    }

    public LoanEvent complete(LocalDate on, String officer, Instant at) {
        require("complete", LoanStatus.IN_COMPLETION);
        decide("COMPLETED", null, officer, on, at);
        status = LoanStatus.COMPLETE;
        return new DossierCompleted(id, orgId(), fundId(), province(), status, on, officer);
    }

    /** Appraisal (thẩm định): the terms the fund would lend on. The acting officer is the appraiser. */
    public LoanEvent appraise(long amount, long rateBasisPoints, int termMonths, int graceMonths,
            vn.hoptac.loan.schedule.RepaymentMethod method, String collateral, String opinion, LoanLimits limits,
            LocalDate on, String officer, Instant at) {
        require("appraise", LoanStatus.RECEIVED, LoanStatus.COMPLETE, LoanStatus.APPRAISED);
        if (amount <= 0 || amount > application.amountRequested()) {
            throw new InvalidFieldException("appraisedAmount",
                    "must be more than 0 and at most the " + application.amountRequested() + " VND requested");
        }
        if (termMonths > limits.maxTermMonths()) {
            throw new InvalidFieldException("termMonths", "must be at most " + limits.maxTermMonths());
        }
        terms(rateBasisPoints, termMonths, graceMonths, method);
        String tidyOpinion = requireText("opinion", opinion, 2000);
        if (collateral != null && collateral.length() > 1000) {
            throw new InvalidFieldException("collateral", "must be at most 1000 characters");
        }
        appraisal = new Appraisal(amount, rateBasisPoints, termMonths, graceMonths, method,
                collateral == null || collateral.isBlank() ? null : collateral.strip(), tidyOpinion, officer);
        decide("APPRAISED", tidyOpinion, officer, on, at);
        status = LoanStatus.APPRAISED;
        return new DossierAppraised(id, orgId(), fundId(), province(), status, on, officer, appraisal);
    }

    /** Four-eyes: whoever appraised the dossier cannot approve it. */
    public LoanEvent approve(Long amount, String comment, LocalDate on, String officer, Instant at) {
        require("approve", LoanStatus.APPRAISED);
        if (Objects.equals(officer, appraisal.appraiser())) {
            throw new ForbiddenException("Four-eyes: " + officer + " appraised this dossier and cannot also approve it.");
        }
        long approved = amount == null ? appraisal.appraisedAmount() : amount;
        if (approved <= 0 || approved > appraisal.appraisedAmount()) {
            throw new InvalidFieldException("approvedAmount",
                    "must be more than 0 and at most the appraised " + appraisal.appraisedAmount() + " VND");
        }
        String why = requireText("comment", comment, 2000);
        decide("APPROVED", why, officer, on, at);
        approvedAmount = approved;
        approvedOn = on;
        status = LoanStatus.APPROVED;
        return new DossierApproved(id, orgId(), fundId(), province(), status, on, officer, approved, why);
    }

    public LoanEvent reject(String comment, LocalDate on, String officer, Instant at) {
        require("reject", LoanStatus.RECEIVED, LoanStatus.IN_COMPLETION, LoanStatus.COMPLETE, LoanStatus.APPRAISED);
        String why = requireText("comment", comment, 2000);
        decide("REJECTED", why, officer, on, at);
        status = LoanStatus.REJECTED;
        return new DossierRejected(id, orgId(), fundId(), province(), status, on, officer, why);
    }

    public LoanEvent withdraw(String reason, LocalDate on, String actor, Instant at) {
        if (!status.isOpenDossier() || hasTranches()) {
            throw new ConflictException("Only a dossier with no disbursement can be withdrawn; this one is " + status + ".");
        }
        String why = requireText("reason", reason, 1000);
        decide("WITHDRAWN", why, actor, on, at);
        status = LoanStatus.WITHDRAWN;
        return new DossierWithdrawn(id, orgId(), fundId(), province(), status, on, actor, why);
    }

    /**
     * The organisation was dissolved: an open dossier is closed, an active loan is flagged for
     * recovery. Anything else (already closed, settled…) needs nothing, so a redelivery is harmless.
     */
    public List<LoanEvent> organisationDissolved(String reason, LocalDate dissolvedOn, String actor, Instant at) {
        // The registry's date may precede steps recorded here since; the closing is dated no earlier than they are.
        LocalDate last = decisions.isEmpty() ? receivedOn : decisions.get(decisions.size() - 1).on();
        LocalDate on = dissolvedOn.isBefore(last) ? last : dissolvedOn;
        if (status.isOpenDossier() && !hasTranches()) {
            decide("CLOSED", reason, actor, on, at);
            status = LoanStatus.CLOSED;
            return List.of(new DossierClosed(id, orgId(), fundId(), province(), status, on, actor, reason));
        }
        if (status == LoanStatus.ACTIVE && !recoveryRequired) {
            decide("RECOVERY_FLAGGED", reason, actor, on, at);
            recoveryRequired = true;
            return List.of(new RecoveryFlagged(id, orgId(), fundId(), province(), status, on, actor, reason,
                    account().positionAsOf(on).outstandingPrincipal()));
        }
        return List.of();
    }

    /**
     * Reserves a tranche before the fund's capital is taken; never above the approved amount, and
     * all tranches before the first instalment falls due (the schedule is not re-phased later).
     */
    public TrancheRecord reserveTranche(String trancheId, long amount, LocalDate on, String idempotencyKey,
            String fingerprint, LocalDate today, String actor, Instant at) {
        require("disburse", LoanStatus.APPROVED, LoanStatus.ACTIVE);
        if (recoveryRequired) {
            throw new ConflictException("This loan is flagged for recovery: nothing more can be disbursed.");
        }
        if (amount <= 0) {
            throw new InvalidFieldException("amount", "must be more than 0");
        }
        long committed = tranches.stream().mapToLong(TrancheRecord::amount).sum();
        if (committed + amount > approvedAmount) {
            throw new ConflictException("Disbursing " + amount + " VND would exceed the approved " + approvedAmount
                    + " VND (" + committed + " VND already disbursed or in progress).");
        }
        if (on.isAfter(today)) {
            throw new InvalidFieldException("disbursedOn", "is in the future (today in Vietnam is " + today + ")");
        }
        if (on.isBefore(approvedOn)) {
            throw new InvalidFieldException("disbursedOn", "is before the approval on " + approvedOn);
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

    /** The fund's capital was taken: the tranche is disbursed and the schedule covers all that was disbursed. */
    public Optional<LoanEvent> confirmTranche(String trancheId) {
        TrancheRecord tranche = tranche(trancheId).orElseThrow();
        if (tranche.state() == TrancheRecord.TrancheState.DISBURSED) {
            return Optional.empty();
        }
        tranches.set(tranches.indexOf(tranche), tranche.disbursed());
        schedule = RepaymentSchedule.generate(terms(appraisal.annualRateBasisPoints(), appraisal.termMonths(),
                appraisal.graceMonths(), appraisal.method()), disbursedTranches()).instalments();
        status = LoanStatus.ACTIVE;
        return Optional.of(new TrancheDisbursed(id, orgId(), fundId(), province(), status, tranche.on(), tranche.actor(),
                trancheId, tranche.amount(), disbursed(), approvedAmount, schedule));
    }

    /** The fund refused (or never took) the capital: the reservation is dropped. */
    public boolean cancelTranche(String trancheId) {
        return tranches.removeIf(t -> t.trancheId().equals(trancheId) && t.state() == TrancheRecord.TrancheState.PENDING);
    }

    /**
     * A repayment, allocated overdue interest first, then interest due, then principal (overdue,
     * then early). More than what settles the loan is refused. On a written-off loan it is a recovery.
     */
    public List<LoanEvent> repay(String repaymentId, long amount, LocalDate on, String idempotencyKey, String fingerprint,
            LocalDate today, String actor) {
        if (amount <= 0) {
            throw new InvalidFieldException("amount", "must be more than 0");
        }
        if (on.isAfter(today)) {
            throw new InvalidFieldException("receivedOn", "is in the future (today in Vietnam is " + today + ")");
        }
        if (status == LoanStatus.WRITTEN_OFF) {
            long recovered = repayments.stream().filter(RepaymentRecord::afterWriteOff).mapToLong(RepaymentRecord::amount).sum();
            if (recovered + amount > writtenOffAmount) {
                throw new InvalidFieldException("amount", "only " + (writtenOffAmount - recovered)
                        + " VND of the written-off principal remains to recover");
            }
            repayments.add(new RepaymentRecord(repaymentId, amount, on, 0, 0, amount, true, idempotencyKey, fingerprint, actor));
            return List.of(new LoanRecovered(id, orgId(), fundId(), province(), status, on, actor, repaymentId, amount));
        }
        require("receive a repayment for", LoanStatus.ACTIVE);
        if (on.isBefore(tranches.get(0).on())) {
            throw new InvalidFieldException("receivedOn", "is before the first disbursement on " + tranches.get(0).on());
        }
        LoanAccount before = account();
        LoanAccount after;
        try {
            after = before.with(new Repayment(repaymentId, on, amount));
        } catch (OverpaymentException e) {
            throw new InvalidFieldException("amount", "is more than the " + e.payoffAmount()
                    + " VND that settles this loan on " + on + "; overpayments are not accepted");
        }
        vn.hoptac.loan.schedule.Allocation split = after.allocations().stream()
                .filter(a -> a.repaymentId().equals(repaymentId)).findFirst().orElseThrow();
        repayments.add(new RepaymentRecord(repaymentId, amount, on, split.overdueInterest(), split.interest(),
                split.principal(), false, idempotencyKey, fingerprint, actor));
        LoanPosition position = after.positionAsOf(on);
        List<LoanEvent> events = new ArrayList<>();
        events.add(new RepaymentReceived(id, orgId(), fundId(), province(), status, on, actor, repaymentId, amount,
                new Allocation(split.overdueInterest(), split.interest(), split.principal()), position.outstandingPrincipal()));
        if (after.positionAsOf(on).payoffAmount() == 0 && position.outstandingPrincipal() == 0) {
            status = LoanStatus.SETTLED;
            events.add(new LoanSettled(id, orgId(), fundId(), province(), status, on, actor, disbursed(),
                    position.principalRepaid(), position.interestPaid()));
        }
        return events;
    }

    public LoanEvent writeOff(String reason, LocalDate on, String officer, Instant at) {
        require("write off", LoanStatus.ACTIVE);
        String why = requireText("reason", reason, 1000);
        long outstanding = account().positionAsOf(on).outstandingPrincipal();
        decide("WRITTEN_OFF", why, officer, on, at);
        writtenOffAmount = outstanding;
        status = LoanStatus.WRITTEN_OFF;
        return new LoanWrittenOff(id, orgId(), fundId(), province(), status, on, officer, outstanding, why);
    }

    /** The daily ageing: moves an active loan between arrears buckets by days overdue on a business date. */
    public Optional<LoanEvent> age(LocalDate businessDate, String actor) {
        if (status != LoanStatus.ACTIVE) {
            return Optional.empty();
        }
        LoanPosition position = account().positionAsOf(businessDate);
        ArrearsBucket previous = bucket;
        daysOverdue = position.daysOverdue();
        bucket = position.bucket();
        if (previous == bucket) {
            return Optional.empty();
        }
        return Optional.of(new ArrearsChanged(id, orgId(), fundId(), province(), status, businessDate, actor, previous,
                bucket, position.daysOverdue(), position.overduePrincipal(), position.overdueInterest()));
    }

    /** The loan's money as of a business date, from its tranches, schedule and repayments up to then. */
    public LoanAccount account() {
        List<Repayment> paid = repayments.stream().filter(r -> !r.afterWriteOff())
                .map(r -> new Repayment(r.repaymentId(), r.on(), r.amount())).toList();
        if (schedule.isEmpty()) {
            throw new ConflictException("Nothing has been disbursed on this loan yet.");
        }
        return new LoanAccount(RepaymentSchedule.generate(terms(appraisal.annualRateBasisPoints(), appraisal.termMonths(),
                appraisal.graceMonths(), appraisal.method()), disbursedTranches()), disbursedTranches(), paid);
    }

    public boolean hasDisbursement() {
        return !schedule.isEmpty();
    }

    private List<Tranche> disbursedTranches() {
        return tranches.stream().filter(t -> t.state() == TrancheRecord.TrancheState.DISBURSED)
                .map(t -> new Tranche(t.on(), t.amount())).toList();
    }

    private long disbursed() {
        return disbursedTranches().stream().mapToLong(Tranche::amount).sum();
    }

    private boolean hasTranches() {
        return !tranches.isEmpty();
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

    private static LoanTerms terms(long rate, int termMonths, int graceMonths, vn.hoptac.loan.schedule.RepaymentMethod method) {
        try {
            return new LoanTerms(rate, termMonths, graceMonths, method);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("terms", e.getMessage());
        }
    }

    /** Decisions are dated in order: not before the dossier was received nor before the last decision. */
    private void decide(String kind, String comment, String officer, LocalDate on, Instant at) {
        LocalDate last = decisions.isEmpty() ? receivedOn : decisions.get(decisions.size() - 1).on();
        if (on.isBefore(last)) {
            throw new InvalidFieldException("on", "is before the dossier's last recorded step on " + last);
        }
        decisions.add(new Decision(kind, comment, officer, on, at));
    }

    private void require(String action, LoanStatus... allowed) {
        for (LoanStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new ConflictException("Cannot " + action + " a loan dossier that is " + status + ".");
    }

    private static String requireText(String field, String text, int max) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new InvalidFieldException(field, "must be 1 to " + max + " characters");
        }
        return text.strip();
    }

    private String orgId() {
        return application.organisationId();
    }

    private String fundId() {
        return application.fundId();
    }

    private String province() {
        return application.provinceCode();
    }

    public String id() {
        return id;
    }

    public Application application() {
        return application;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LoanStatus status() {
        return status;
    }

    public Appraisal appraisal() {
        return appraisal;
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    public long approvedAmount() {
        return approvedAmount;
    }

    public LocalDate approvedOn() {
        return approvedOn;
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
