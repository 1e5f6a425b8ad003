package vn.hoptac.campaign.plan.domain;

/**
 * An activity is planned, then in progress, then done; it may be cancelled until it is done. No step
 * is skipped: an activity is started before it is done. Whether an open activity is overdue is a flag
 * beside its status ({@link Activity#overdue()}), since it can still be done late.
 */
public enum ActivityStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    /** Not yet done nor cancelled. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
