package vn.hoptac.loan.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hoptac.loan.schedule.LoanAccount;
import vn.hoptac.loan.schedule.LoanPosition;
import vn.hoptac.loan.schedule.RepaymentMethod;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;

/**
 * A cooperative's loan dossier (hồ sơ vay vốn) and, once approved and disbursed, its loan: one
 * aggregate, since one status runs through both, composed of the {@link Origination} (application,
 * appraisal, approval) and the {@link DisbursedLoan} (tranches, repayments, schedule, arrears). Each
 * transition checks its rule and returns the events it causes; decisions form an append-only audit trail.
 */
public final class LoanDossier {

    /** Who the dossier is for and what it asks. */
    public record Application(String organisationId, String organisationName, String fundId, String provinceCode,
            String purpose, long amountRequested, int termMonths, boolean newRuralAreaCommune) {
    }

    private final String id;
    private LoanStatus status;
    private final List<Decision> decisions;
    private final Origination origination;
    private final DisbursedLoan loan;

    private LoanDossier(String id, LoanStatus status, List<Decision> decisions, Origination origination, DisbursedLoan loan) {
        this.id = id;
        this.status = status;
        this.decisions = new ArrayList<>(decisions);
        this.origination = origination;
        this.loan = loan;
    }

    /** Rebuilds a dossier from what was stored. */
    public static LoanDossier restore(String id, LoanStatus status, List<Decision> decisions, Origination origination,
            DisbursedLoan loan) {
        return new LoanDossier(id, status, decisions, origination, loan);
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
        LoanDossier dossier = new LoanDossier(id, LoanStatus.RECEIVED, List.of(),
                new Origination(application, on, null, 0, null), DisbursedLoan.none());
        return new Receipt(dossier, new DossierReceived(id, application.organisationId(), application.fundId(),
                application.provinceCode(), LoanStatus.RECEIVED, on, actor, application.purpose(),
                application.amountRequested(), application.termMonths(), application.newRuralAreaCommune()));
    }

    /** A new dossier and the event that received it. */
    public record Receipt(LoanDossier dossier, DossierReceived event) {
    }

    public LoanEvent giveGuidance(String comment, LocalDate on, String officer, Instant at) {
        require("give guidance on", LoanStatus.RECEIVED, LoanStatus.IN_COMPLETION);
        String why = Texts.require("comment", comment, 2000);
        decide(DecisionKind.GUIDANCE, why, officer, on, at);
        status = LoanStatus.IN_COMPLETION;
        return new DossierGuidanceGiven(id, orgId(), fundId(), province(), status, on, officer, why);
    }

    public LoanEvent complete(LocalDate on, String officer, Instant at) {
        require("complete", LoanStatus.IN_COMPLETION);
        decide(DecisionKind.COMPLETED, null, officer, on, at);
        status = LoanStatus.COMPLETE;
        return new DossierCompleted(id, orgId(), fundId(), province(), status, on, officer);
    }

    /** Appraisal (thẩm định): the terms the fund would lend on. The acting officer is the appraiser. */
    public LoanEvent appraise(long amount, long rateBasisPoints, int termMonths, int graceMonths, RepaymentMethod method,
            String collateral, String opinion, LoanLimits limits, LocalDate on, String officer, Instant at) {
        require("appraise", LoanStatus.RECEIVED, LoanStatus.COMPLETE, LoanStatus.APPRAISED);
        Appraisal appraisal = origination.appraise(amount, rateBasisPoints, termMonths, graceMonths, method, collateral,
                opinion, limits, officer);
        decide(DecisionKind.APPRAISED, appraisal.opinion(), officer, on, at);
        status = LoanStatus.APPRAISED;
        return new DossierAppraised(id, orgId(), fundId(), province(), status, on, officer, appraisal);
    }

    /** Four-eyes: whoever appraised the dossier cannot approve it. */
    public LoanEvent approve(Long amount, String comment, LocalDate on, String officer, Instant at) {
        require("approve", LoanStatus.APPRAISED);
        long approved = origination.approve(amount, on, officer);
        String why = Texts.require("comment", comment, 2000);
        decide(DecisionKind.APPROVED, why, officer, on, at);
        status = LoanStatus.APPROVED;
        return new DossierApproved(id, orgId(), fundId(), province(), status, on, officer, approved, why);
    }

    public LoanEvent reject(String comment, LocalDate on, String officer, Instant at) {
        require("reject", LoanStatus.RECEIVED, LoanStatus.IN_COMPLETION, LoanStatus.COMPLETE, LoanStatus.APPRAISED);
        String why = Texts.require("comment", comment, 2000);
        decide(DecisionKind.REJECTED, why, officer, on, at);
        status = LoanStatus.REJECTED;
        return new DossierRejected(id, orgId(), fundId(), province(), status, on, officer, why);
    }

    public LoanEvent withdraw(String reason, LocalDate on, String actor, Instant at) {
        if (!status.isOpenDossier() || loan.hasTranches()) {
            throw new ConflictException("Only a dossier with no disbursement can be withdrawn; this one is " + status + ".");
        }
        String why = Texts.require("reason", reason, 1000);
        decide(DecisionKind.WITHDRAWN, why, actor, on, at);
        status = LoanStatus.WITHDRAWN;
        return new DossierWithdrawn(id, orgId(), fundId(), province(), status, on, actor, why);
    }

    /**
     * The organisation was dissolved: an open dossier is closed, an active loan is flagged for
     * recovery. Anything else (already closed, settled…) needs nothing, so a redelivery is harmless.
     */
    public List<LoanEvent> organisationDissolved(String reason, LocalDate dissolvedOn, String actor, Instant at) {
        // The registry's date may precede steps recorded here since; the closing is dated no earlier than they are.
        LocalDate on = dissolvedOn.isBefore(lastStepOn()) ? lastStepOn() : dissolvedOn;
        if (status.isOpenDossier() && !loan.hasTranches()) {
            decide(DecisionKind.CLOSED, reason, actor, on, at);
            status = LoanStatus.CLOSED;
            return List.of(new DossierClosed(id, orgId(), fundId(), province(), status, on, actor, reason));
        }
        if (status == LoanStatus.ACTIVE && loan.flagForRecovery()) {
            decide(DecisionKind.RECOVERY_FLAGGED, reason, actor, on, at);
            return List.of(new RecoveryFlagged(id, orgId(), fundId(), province(), status, on, actor, reason,
                    account().positionAsOf(on).outstandingPrincipal()));
        }
        return List.of();
    }

    /** Reserves a tranche before the fund's capital is taken (see {@link DisbursedLoan}'s tranche window). */
    public TrancheRecord reserveTranche(String trancheId, long amount, LocalDate on, String idempotencyKey,
            String fingerprint, LocalDate today, String actor, Instant at) {
        require("disburse", LoanStatus.APPROVED, LoanStatus.ACTIVE);
        return loan.reserve(trancheId, amount, on, idempotencyKey, fingerprint, today, origination, actor, at);
    }

    /** The fund's capital was taken: the tranche is disbursed and the loan active. */
    public Optional<LoanEvent> confirmTranche(String trancheId) {
        return loan.confirm(trancheId, origination.terms()).map(tranche -> {
            status = LoanStatus.ACTIVE;
            return new TrancheDisbursed(id, orgId(), fundId(), province(), status, tranche.on(), tranche.actor(),
                    trancheId, tranche.amount(), loan.disbursed(), origination.approvedAmount(), loan.schedule());
        });
    }

    /** The fund refused (or never took) the capital: the reservation is dropped. */
    public boolean cancelTranche(String trancheId) {
        return loan.cancel(trancheId);
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
            throw new InvalidFieldException(List.of(BusinessCalendar.inTheFuture("receivedOn", today)));
        }
        if (status == LoanStatus.WRITTEN_OFF) {
            loan.recover(repaymentId, amount, on, idempotencyKey, fingerprint, actor);
            return List.of(new LoanRecovered(id, orgId(), fundId(), province(), status, on, actor, repaymentId, amount));
        }
        require("receive a repayment for", LoanStatus.ACTIVE);
        DisbursedLoan.Repaid repaid = loan.repay(repaymentId, amount, on, idempotencyKey, fingerprint, origination.terms(),
                actor);
        LoanPosition position = repaid.position();
        List<LoanEvent> events = new ArrayList<>();
        events.add(new RepaymentReceived(id, orgId(), fundId(), province(), status, on, actor, repaymentId, amount,
                repaid.allocation(), position.outstandingPrincipal()));
        if (position.payoffAmount() == 0 && position.outstandingPrincipal() == 0) {
            status = LoanStatus.SETTLED;
            events.add(new LoanSettled(id, orgId(), fundId(), province(), status, on, actor, loan.disbursed(),
                    position.principalRepaid(), position.interestPaid()));
        }
        return events;
    }

    public LoanEvent writeOff(String reason, LocalDate on, String officer, Instant at) {
        require("write off", LoanStatus.ACTIVE);
        String why = Texts.require("reason", reason, 1000);
        long outstanding = loan.writeOff(on, origination.terms());
        decide(DecisionKind.WRITTEN_OFF, why, officer, on, at);
        status = LoanStatus.WRITTEN_OFF;
        return new LoanWrittenOff(id, orgId(), fundId(), province(), status, on, officer, outstanding, why);
    }

    /** The daily ageing: moves an active loan between arrears buckets by days overdue on a business date. */
    public Optional<LoanEvent> age(LocalDate businessDate, String actor) {
        if (status != LoanStatus.ACTIVE) {
            return Optional.empty();
        }
        return loan.age(businessDate, origination.terms()).map(move -> new ArrearsChanged(id, orgId(), fundId(), province(),
                status, businessDate, actor, move.from(), move.position().bucket(), move.position().daysOverdue(),
                move.position().overduePrincipal(), move.position().overdueInterest()));
    }

    /** The loan's money as of any business date. */
    public LoanAccount account() {
        return loan.account(origination.terms());
    }

    /** Decisions are dated in order: not before the dossier was received nor before the last decision. */
    private void decide(DecisionKind kind, String comment, String officer, LocalDate on, Instant at) {
        if (on.isBefore(lastStepOn())) {
            throw new InvalidFieldException("on", "is before the dossier's last recorded step on " + lastStepOn());
        }
        decisions.add(new Decision(kind, comment, officer, on, at));
    }

    private LocalDate lastStepOn() {
        return decisions.isEmpty() ? origination.receivedOn() : decisions.get(decisions.size() - 1).on();
    }

    private void require(String action, LoanStatus... allowed) {
        for (LoanStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new ConflictException("Cannot " + action + " a loan dossier that is " + status + ".");
    }

    private String orgId() {
        return origination.application().organisationId();
    }

    private String fundId() {
        return origination.application().fundId();
    }

    private String province() {
        return origination.application().provinceCode();
    }

    public String id() {
        return id;
    }

    public LoanStatus status() {
        return status;
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    public Origination origination() {
        return origination;
    }

    public DisbursedLoan loan() {
        return loan;
    }

    public Application application() {
        return origination.application();
    }
}
