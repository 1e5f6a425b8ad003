package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;

/**
 * What happened to a plan or one of its activities. The records are the event data on the wire (see
 * the contracts module's {@code campaigns/plan.*} schemas), so their fields are only ever added, never
 * renamed. The subject is always the plan: its activities' events are counted in its sequence.
 */
public sealed interface PlanEvent permits PlanDrafted, PlanAmended, PlanIssued, PlanClosed, ActivityAdded,
        ActivityAmended, ActivityStarted, ActivityCompleted, ActivityCancelled, ActivityOverdue {

    String planId();

    String provinceCode();

    LocalDate effectiveOn();

    String actor();
}
