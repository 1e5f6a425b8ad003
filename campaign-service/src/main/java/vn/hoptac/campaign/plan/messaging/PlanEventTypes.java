package vn.hoptac.campaign.plan.messaging;

import java.util.Map;
import vn.hoptac.campaign.plan.domain.ActivityAdded;
import vn.hoptac.campaign.plan.domain.ActivityAmended;
import vn.hoptac.campaign.plan.domain.ActivityCancelled;
import vn.hoptac.campaign.plan.domain.ActivityCompleted;
import vn.hoptac.campaign.plan.domain.ActivityOverdue;
import vn.hoptac.campaign.plan.domain.ActivityStarted;
import vn.hoptac.campaign.plan.domain.PlanAmended;
import vn.hoptac.campaign.plan.domain.PlanClosed;
import vn.hoptac.campaign.plan.domain.PlanDrafted;
import vn.hoptac.campaign.plan.domain.PlanEvent;
import vn.hoptac.campaign.plan.domain.PlanIssued;
import vn.hoptac.contracts.EventTypes.Campaigns;
import vn.hoptac.plumbing.events.EventTypeMap;

/** The published type of each plan event (from the contracts), never the class name. */
public final class PlanEventTypes {

    public static final EventTypeMap<PlanEvent> TYPES = new EventTypeMap<>(Map.of(
            PlanDrafted.class, Campaigns.PLAN_DRAFTED,
            PlanAmended.class, Campaigns.PLAN_AMENDED,
            PlanIssued.class, Campaigns.PLAN_ISSUED,
            PlanClosed.class, Campaigns.PLAN_CLOSED,
            ActivityAdded.class, Campaigns.PLAN_ACTIVITY_ADDED,
            ActivityAmended.class, Campaigns.PLAN_ACTIVITY_AMENDED,
            ActivityStarted.class, Campaigns.PLAN_ACTIVITY_STARTED,
            ActivityCompleted.class, Campaigns.PLAN_ACTIVITY_COMPLETED,
            ActivityCancelled.class, Campaigns.PLAN_ACTIVITY_CANCELLED,
            ActivityOverdue.class, Campaigns.PLAN_ACTIVITY_OVERDUE));

    private PlanEventTypes() {
    }
}
