package vn.hoptac.campaign.plan.persistence;

import java.time.LocalDate;
import java.util.List;
import vn.hoptac.campaign.plan.domain.Activity;
import vn.hoptac.campaign.plan.domain.ActivityChange;
import vn.hoptac.campaign.plan.domain.ActivityStatus;
import vn.hoptac.campaign.plan.domain.ActivityTerms;

/** An activity as its plan's document holds it. */
record StoredActivity(int number, ActivityTerms terms, ActivityStatus status, boolean overdue, LocalDate doneOn,
        String result, LocalDate cancelledOn, String cancelReason, List<ActivityChange> history) {

    static StoredActivity of(Activity activity) {
        return new StoredActivity(activity.number(), activity.terms(), activity.status(), activity.overdue(),
                activity.doneOn(), activity.result(), activity.cancelledOn(), activity.cancelReason(), activity.history());
    }

    Activity toActivity() {
        return Activity.restore(number, terms, status, overdue, doneOn, result, cancelledOn, cancelReason, history);
    }
}
