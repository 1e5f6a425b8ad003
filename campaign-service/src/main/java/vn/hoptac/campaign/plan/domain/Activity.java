package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One numbered activity of a plan (nội dung trọng tâm): part of its plan's aggregate, changed only
 * through the plan, which checks its rules against the plan's period and status.
 */
public final class Activity {

    private final int number;
    private ActivityTerms terms;
    private ActivityStatus status;
    private boolean overdue;
    private LocalDate doneOn;
    private String result;
    private LocalDate cancelledOn;
    private String cancelReason;
    private final List<ActivityChange> history;

    private Activity(int number, ActivityTerms terms, ActivityStatus status, boolean overdue, LocalDate doneOn,
            String result, LocalDate cancelledOn, String cancelReason, List<ActivityChange> history) {
        this.number = number;
        this.terms = terms;
        this.status = status;
        this.overdue = overdue;
        this.doneOn = doneOn;
        this.result = result;
        this.cancelledOn = cancelledOn;
        this.cancelReason = cancelReason;
        this.history = new ArrayList<>(history);
    }

    static Activity planned(int number, ActivityTerms terms, ActivityChange added) {
        return new Activity(number, terms, ActivityStatus.PLANNED, false, null, null, null, null, List.of(added));
    }

    /** Rebuilds an activity from what was stored. */
    public static Activity restore(int number, ActivityTerms terms, ActivityStatus status, boolean overdue,
            LocalDate doneOn, String result, LocalDate cancelledOn, String cancelReason, List<ActivityChange> history) {
        return new Activity(number, terms, status, overdue, doneOn, result, cancelledOn, cancelReason,
                history == null ? List.of() : history);
    }

    void amend(ActivityTerms amended, LocalDate today, ActivityChange change) {
        terms = amended;
        // A window moved past today is not late any more; the daily job marks it again if it closes open.
        overdue = overdue && amended.window().to().isBefore(today);
        history.add(change);
    }

    void start(ActivityChange change) {
        status = ActivityStatus.IN_PROGRESS;
        history.add(change);
    }

    void complete(LocalDate on, String outcome, ActivityChange change) {
        status = ActivityStatus.DONE;
        doneOn = on;
        result = outcome;
        overdue = false;
        history.add(change);
    }

    void cancel(LocalDate on, String reason, ActivityChange change) {
        status = ActivityStatus.CANCELLED;
        cancelledOn = on;
        cancelReason = reason;
        overdue = false;
        history.add(change);
    }

    void markOverdue(ActivityChange change) {
        overdue = true;
        history.add(change);
    }

    /** Open, not yet marked, and its window closed before {@code businessDate}. */
    boolean fallsOverdueOn(LocalDate businessDate) {
        return status.isOpen() && !overdue && terms.window().to().isBefore(businessDate);
    }

    /** The date of the activity's latest change: a later change may not be dated before it. */
    LocalDate lastChangedOn() {
        return history.stream().map(ActivityChange::on).max(LocalDate::compareTo).orElse(LocalDate.MIN);
    }

    public int number() {
        return number;
    }

    public ActivityTerms terms() {
        return terms;
    }

    public ActivityStatus status() {
        return status;
    }

    public boolean overdue() {
        return overdue;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String result() {
        return result;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public List<ActivityChange> history() {
        return List.copyOf(history);
    }
}
