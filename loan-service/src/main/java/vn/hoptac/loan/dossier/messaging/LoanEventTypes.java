package vn.hoptac.loan.dossier.messaging;

import java.util.Map;
import vn.hoptac.loan.dossier.domain.ArrearsChanged;
import vn.hoptac.loan.dossier.domain.DossierAppraised;
import vn.hoptac.loan.dossier.domain.DossierApproved;
import vn.hoptac.loan.dossier.domain.DossierClosed;
import vn.hoptac.loan.dossier.domain.DossierCompleted;
import vn.hoptac.loan.dossier.domain.DossierGuidanceGiven;
import vn.hoptac.loan.dossier.domain.DossierReceived;
import vn.hoptac.loan.dossier.domain.DossierRejected;
import vn.hoptac.loan.dossier.domain.DossierWithdrawn;
import vn.hoptac.loan.dossier.domain.LoanEvent;
import vn.hoptac.loan.dossier.domain.LoanRecovered;
import vn.hoptac.loan.dossier.domain.LoanSettled;
import vn.hoptac.loan.dossier.domain.LoanWrittenOff;
import vn.hoptac.loan.dossier.domain.RecoveryFlagged;
import vn.hoptac.loan.dossier.domain.RepaymentReceived;
import vn.hoptac.loan.dossier.domain.TrancheDisbursed;
import vn.hoptac.contracts.EventTypes.Loans;
import vn.hoptac.plumbing.events.EventTypeMap;

/** The published type of each loan event (from the contracts), never the class name. */
public final class LoanEventTypes {

    public static final EventTypeMap<LoanEvent> TYPES = new EventTypeMap<>(Map.ofEntries(
            Map.entry(DossierReceived.class, Loans.DOSSIER_RECEIVED),
            Map.entry(DossierGuidanceGiven.class, Loans.DOSSIER_GUIDANCE_GIVEN),
            Map.entry(DossierCompleted.class, Loans.DOSSIER_COMPLETED),
            Map.entry(DossierAppraised.class, Loans.DOSSIER_APPRAISED),
            Map.entry(DossierApproved.class, Loans.DOSSIER_APPROVED),
            Map.entry(DossierRejected.class, Loans.DOSSIER_REJECTED),
            Map.entry(DossierWithdrawn.class, Loans.DOSSIER_WITHDRAWN),
            Map.entry(DossierClosed.class, Loans.DOSSIER_CLOSED),
            Map.entry(TrancheDisbursed.class, Loans.LOAN_TRANCHE_DISBURSED),
            Map.entry(RepaymentReceived.class, Loans.LOAN_REPAYMENT_RECEIVED),
            Map.entry(ArrearsChanged.class, Loans.LOAN_ARREARS_CHANGED),
            Map.entry(RecoveryFlagged.class, Loans.LOAN_RECOVERY_FLAGGED),
            Map.entry(LoanWrittenOff.class, Loans.LOAN_WRITTEN_OFF),
            Map.entry(LoanRecovered.class, Loans.LOAN_RECOVERED),
            Map.entry(LoanSettled.class, Loans.LOAN_SETTLED)));

    private LoanEventTypes() {
    }
}
