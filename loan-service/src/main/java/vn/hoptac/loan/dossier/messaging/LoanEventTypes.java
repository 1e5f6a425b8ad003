package vn.hoptac.loan.dossier.messaging;

import java.util.List;
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
import vn.hoptac.plumbing.events.OutgoingEvent;

/** The published type of each loan event: a stable logical name, never the class name. */
public final class LoanEventTypes {

    public static final String PREFIX = "vn.hoptac.loans.";
    public static final String TRANCHE_DISBURSED = PREFIX + "loan.tranche-disbursed.v1";
    public static final String REPAYMENT_RECEIVED = PREFIX + "loan.repayment-received.v1";
    public static final String WRITTEN_OFF = PREFIX + "loan.written-off.v1";
    public static final String RECOVERED = PREFIX + "loan.recovered.v1";

    static final Map<Class<? extends LoanEvent>, String> TYPES = Map.ofEntries(
            Map.entry(DossierReceived.class, PREFIX + "dossier.received.v1"),
            Map.entry(DossierGuidanceGiven.class, PREFIX + "dossier.guidance-given.v1"),
            Map.entry(DossierCompleted.class, PREFIX + "dossier.completed.v1"),
            Map.entry(DossierAppraised.class, PREFIX + "dossier.appraised.v1"),
            Map.entry(DossierApproved.class, PREFIX + "dossier.approved.v1"),
            Map.entry(DossierRejected.class, PREFIX + "dossier.rejected.v1"),
            Map.entry(DossierWithdrawn.class, PREFIX + "dossier.withdrawn.v1"),
            Map.entry(DossierClosed.class, PREFIX + "dossier.closed.v1"),
            Map.entry(TrancheDisbursed.class, TRANCHE_DISBURSED),
            Map.entry(RepaymentReceived.class, REPAYMENT_RECEIVED),
            Map.entry(ArrearsChanged.class, PREFIX + "loan.arrears-changed.v1"),
            Map.entry(RecoveryFlagged.class, PREFIX + "loan.recovery-flagged.v1"),
            Map.entry(LoanWrittenOff.class, WRITTEN_OFF),
            Map.entry(LoanRecovered.class, RECOVERED),
            Map.entry(LoanSettled.class, PREFIX + "loan.settled.v1"));

    private LoanEventTypes() {
    }

    public static List<OutgoingEvent> outgoing(List<? extends LoanEvent> events) {
        return events.stream().map(event -> {
            String type = TYPES.get(event.getClass());
            if (type == null) {
                throw new IllegalStateException("No published type for " + event.getClass().getName());
            }
            return new OutgoingEvent(type, event);
        }).toList();
    }
}
