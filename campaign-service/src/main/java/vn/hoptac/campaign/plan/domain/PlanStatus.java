package vn.hoptac.campaign.plan.domain;

/** A plan is drafted, then issued under its number, then closed with an assessment; a closed plan is read-only. */
public enum PlanStatus {
    DRAFTED, ISSUED, CLOSED
}
