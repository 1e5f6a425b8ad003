package vn.hoptac.loan.dossier.domain;

/**
 * A dossier's path (hồ sơ vay vốn): received → guidance to complete it → complete → appraised
 * (thẩm định) → approved or rejected; withdrawn or closed before any disbursement; active once a
 * tranche is disbursed (giải ngân); settled when all is paid, or written off.
 */
public enum LoanStatus {
    RECEIVED, IN_COMPLETION, COMPLETE, APPRAISED, APPROVED, REJECTED, WITHDRAWN, CLOSED, ACTIVE, SETTLED, WRITTEN_OFF;

    /** Before any money moved: the dossier can still be withdrawn or closed. */
    public boolean isOpenDossier() {
        return this == RECEIVED || this == IN_COMPLETION || this == COMPLETE || this == APPRAISED || this == APPROVED;
    }
}
