package vn.hoptac.loan.dossier.domain;

/** What an entry of a dossier's audit trail records. */
public enum DecisionKind {
    GUIDANCE, COMPLETED, APPRAISED, APPROVED, REJECTED, WITHDRAWN, CLOSED, RECOVERY_FLAGGED, WRITTEN_OFF
}
