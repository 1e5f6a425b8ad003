package vn.hoptac.loan.schedule;

/**
 * Ageing of a loan in arrears by days overdue, so recovery (thu hồi) can be reported and prioritised
 * the way banks and Fineract's delinquency ranges do.
 */
public enum ArrearsBucket {
    /** Nothing past due. */
    CURRENT,
    /** 1 to 30 days overdue. */
    DAYS_1_30,
    /** 31 to 90 days overdue. */
    DAYS_31_90,
    /** 91 to 180 days overdue. */
    DAYS_91_180,
    /** 181 days overdue or more. */
    DAYS_181_PLUS;

    /**
     * The bucket of a loan whose oldest unpaid instalment is {@code daysOverdue} days past due.
     *
     * @throws IllegalArgumentException if {@code daysOverdue} is negative
     */
    public static ArrearsBucket of(long daysOverdue) {
        if (daysOverdue < 0) {
            throw new IllegalArgumentException("daysOverdue must not be negative, was " + daysOverdue);
        }
        if (daysOverdue == 0) {
            return CURRENT;
        }
        if (daysOverdue <= 30) {
            return DAYS_1_30;
        }
        if (daysOverdue <= 90) {
            return DAYS_31_90;
        }
        if (daysOverdue <= 180) {
            return DAYS_91_180;
        }
        return DAYS_181_PLUS;
    }
}
