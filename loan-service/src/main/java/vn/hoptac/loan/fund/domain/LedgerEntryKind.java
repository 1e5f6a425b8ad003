package vn.hoptac.loan.fund.domain;

/** Every movement of a fund's capital. */
public enum LedgerEntryKind {
    CONTRIBUTION(1), LOAN_OUT(-1), PRINCIPAL_RECOVERED(1), WRITE_OFF(0), RECOVERED_AFTER_WRITE_OFF(1);

    private final int effectOnAvailable;

    LedgerEntryKind(int effectOnAvailable) {
        this.effectOnAvailable = effectOnAvailable;
    }

    /** +1 adds to the available capital, -1 takes from it, 0 records a loss already lent out. */
    public int effectOnAvailable() {
        return effectOnAvailable;
    }
}
