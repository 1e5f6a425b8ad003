package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;
import java.util.Objects;
import vn.hoptac.loan.schedule.LoanTerms;
import vn.hoptac.loan.schedule.RepaymentMethod;
import vn.hoptac.plumbing.errors.ForbiddenException;
import vn.hoptac.plumbing.errors.InvalidFieldException;

/**
 * What a dossier asks and what the fund decided, up to approval: the application, its appraisal
 * (thẩm định) and the approved amount. Its rules are the appraisal's limits and four-eyes.
 */
public final class Origination {

    private final LoanDossier.Application application;
    private final LocalDate receivedOn;
    private Appraisal appraisal;
    private long approvedAmount;
    private LocalDate approvedOn;

    Origination(LoanDossier.Application application, LocalDate receivedOn, Appraisal appraisal, long approvedAmount,
            LocalDate approvedOn) {
        this.application = application;
        this.receivedOn = receivedOn;
        this.appraisal = appraisal;
        this.approvedAmount = approvedAmount;
        this.approvedOn = approvedOn;
    }

    /** Rebuilds what was stored. */
    public static Origination restore(LoanDossier.Application application, LocalDate receivedOn, Appraisal appraisal,
            long approvedAmount, LocalDate approvedOn) {
        return new Origination(application, receivedOn, appraisal, approvedAmount, approvedOn);
    }

    /** The terms the fund would lend on, within what was asked and the fund's limits; the officer is the appraiser. */
    Appraisal appraise(long amount, long rateBasisPoints, int termMonths, int graceMonths, RepaymentMethod method,
            String collateral, String opinion, LoanLimits limits, String officer) {
        if (amount <= 0 || amount > application.amountRequested()) {
            throw new InvalidFieldException("appraisedAmount",
                    "must be more than 0 and at most the " + application.amountRequested() + " VND requested");
        }
        if (termMonths > limits.maxTermMonths()) {
            throw new InvalidFieldException("termMonths", "must be at most " + limits.maxTermMonths());
        }
        terms(rateBasisPoints, termMonths, graceMonths, method);
        String tidyOpinion = Texts.require("opinion", opinion, 2000);
        if (collateral != null && collateral.length() > 1000) {
            throw new InvalidFieldException("collateral", "must be at most 1000 characters");
        }
        appraisal = new Appraisal(amount, rateBasisPoints, termMonths, graceMonths, method,
                collateral == null || collateral.isBlank() ? null : collateral.strip(), tidyOpinion, officer);
        return appraisal;
    }

    /** Four-eyes: whoever appraised the dossier cannot approve it; never more than appraised. */
    long approve(Long amount, LocalDate on, String officer) {
        if (Objects.equals(officer, appraisal.appraiser())) {
            throw new ForbiddenException("Four-eyes: " + officer + " appraised this dossier and cannot also approve it.");
        }
        long approved = amount == null ? appraisal.appraisedAmount() : amount;
        if (approved <= 0 || approved > appraisal.appraisedAmount()) {
            throw new InvalidFieldException("approvedAmount",
                    "must be more than 0 and at most the appraised " + appraisal.appraisedAmount() + " VND");
        }
        approvedAmount = approved;
        approvedOn = on;
        return approved;
    }

    /** The loan's terms, as appraised. */
    LoanTerms terms() {
        return terms(appraisal.annualRateBasisPoints(), appraisal.termMonths(), appraisal.graceMonths(), appraisal.method());
    }

    private static LoanTerms terms(long rate, int termMonths, int graceMonths, RepaymentMethod method) {
        try {
            return new LoanTerms(rate, termMonths, graceMonths, method);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("terms", e.getMessage());
        }
    }

    public LoanDossier.Application application() {
        return application;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Appraisal appraisal() {
        return appraisal;
    }

    public long approvedAmount() {
        return approvedAmount;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }
}
