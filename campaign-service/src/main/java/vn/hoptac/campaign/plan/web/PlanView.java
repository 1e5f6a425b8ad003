package vn.hoptac.campaign.plan.web;

import java.time.LocalDate;
import java.util.List;
import vn.hoptac.campaign.plan.domain.Activity;
import vn.hoptac.campaign.plan.domain.ActivityCategory;
import vn.hoptac.campaign.plan.domain.ActivityChange;
import vn.hoptac.campaign.plan.domain.ActivityStatus;
import vn.hoptac.campaign.plan.domain.Plan;
import vn.hoptac.campaign.plan.domain.PlanHeading;
import vn.hoptac.campaign.plan.domain.PlanKind;
import vn.hoptac.campaign.plan.domain.PlanStatus;
import vn.hoptac.plumbing.outbox.Versioned;

/** A plan as the API shows it, its activities in number order with their dated, attributed changes. */
public record PlanView(String id, String provinceCode, PlanKind kind, String number, String title, String theme,
        LocalDate periodFrom, LocalDate periodTo, LocalDate peakFrom, LocalDate peakTo, String implementsPlanNumber,
        PlanStatus status, LocalDate draftedOn, LocalDate issuedOn, LocalDate closedOn, String assessment,
        long overdueActivities, List<ActivityView> activities, long version) {

    /** An activity as the API shows it. */
    public record ActivityView(int number, String title, ActivityCategory category, LocalDate windowFrom, LocalDate windowTo,
            String commune, String provinceCode, String formerProvinceCode, String responsibleUnit, ActivityStatus status,
            boolean overdue, LocalDate doneOn, String result, LocalDate cancelledOn, String cancelReason,
            List<ActivityChange> history) {

        static ActivityView of(Activity activity) {
            var terms = activity.terms();
            return new ActivityView(activity.number(), terms.title(), terms.category(), terms.window().from(),
                    terms.window().to(), terms.place().commune(), terms.place().provinceCode(),
                    terms.place().formerProvinceCode(), terms.responsibleUnit(), activity.status(), activity.overdue(),
                    activity.doneOn(), activity.result(), activity.cancelledOn(), activity.cancelReason(), activity.history());
        }
    }

    static PlanView of(Versioned<Plan> stored) {
        Plan plan = stored.aggregate();
        PlanHeading heading = plan.heading();
        return new PlanView(plan.id(), plan.provinceCode(), heading.kind(), plan.number(), heading.title(), heading.theme(),
                heading.period().from(), heading.period().to(), heading.peak() == null ? null : heading.peak().from(),
                heading.peak() == null ? null : heading.peak().to(), heading.implementsPlanNumber(), plan.status(),
                plan.draftedOn(), plan.issuedOn(), plan.closedOn(), plan.assessment(), plan.overdueActivities(),
                plan.activities().stream().map(ActivityView::of).toList(), stored.version());
    }
}
