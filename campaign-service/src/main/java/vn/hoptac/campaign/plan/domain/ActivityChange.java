package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;

/** One dated, attributed change of an activity: its audit trail, as the plan shows it. */
public record ActivityChange(Kind kind, LocalDate on, String actor, String note) {

    public enum Kind {
        ADDED, AMENDED, STARTED, COMPLETED, CANCELLED, OVERDUE
    }
}
