package vn.hoptac.contracts;

/**
 * The published event types, as constants: the one place a service or a test takes a type's name
 * from. Each is a stable logical name with a version, never a class name; the AsyncAPI document
 * describes each one (a test keeps the two equal).
 */
public final class EventTypes {

    private EventTypes() {
    }

    /** On {@code registry.events}, published by {@code /provinces/<code>/registry}. */
    public static final class Registry {
        public static final String ORGANISATION_REGISTERED = "vn.hoptac.registry.organisation.registered.v1";
        public static final String ORGANISATION_PROFILE_CHANGED = "vn.hoptac.registry.organisation.profile-changed.v1";
        public static final String ORGANISATION_CONVERTED = "vn.hoptac.registry.organisation.converted.v1";
        public static final String ORGANISATION_SUSPENDED = "vn.hoptac.registry.organisation.suspended.v1";
        public static final String ORGANISATION_RESUMED = "vn.hoptac.registry.organisation.resumed.v1";
        public static final String ORGANISATION_DISSOLVED = "vn.hoptac.registry.organisation.dissolved.v1";
        public static final String ORGANISATION_VALUE_CHAIN_JOINED = "vn.hoptac.registry.organisation.value-chain-joined.v1";
        public static final String ORGANISATION_VALUE_CHAIN_LEFT = "vn.hoptac.registry.organisation.value-chain-left.v1";
        public static final String ORGANISATION_MODEL_STATUS_CHANGED = "vn.hoptac.registry.organisation.model-status-changed.v1";
        public static final String VALUE_CHAIN_ADDED = "vn.hoptac.registry.value-chain.added.v1";
        public static final String FOUNDER_GROUP_RECORDED = "vn.hoptac.registry.founder-group.recorded.v1";
        public static final String FOUNDER_GROUP_ADVISED = "vn.hoptac.registry.founder-group.advised.v1";
        public static final String FOUNDER_GROUP_COOPERATIVE_FOUNDED = "vn.hoptac.registry.founder-group.cooperative-founded.v1";
        public static final String MEMBERSHIP_ADMITTED = "vn.hoptac.registry.membership.admitted.v1";
        public static final String MEMBERSHIP_ENDED = "vn.hoptac.registry.membership.ended.v1";

        private Registry() {
        }
    }

    /** On {@code loans.events}, published by {@code /provinces/<code>/loans}. */
    public static final class Loans {
        public static final String DOSSIER_RECEIVED = "vn.hoptac.loans.dossier.received.v1";
        public static final String DOSSIER_GUIDANCE_GIVEN = "vn.hoptac.loans.dossier.guidance-given.v1";
        public static final String DOSSIER_COMPLETED = "vn.hoptac.loans.dossier.completed.v1";
        public static final String DOSSIER_APPRAISED = "vn.hoptac.loans.dossier.appraised.v1";
        public static final String DOSSIER_APPROVED = "vn.hoptac.loans.dossier.approved.v1";
        public static final String DOSSIER_REJECTED = "vn.hoptac.loans.dossier.rejected.v1";
        public static final String DOSSIER_WITHDRAWN = "vn.hoptac.loans.dossier.withdrawn.v1";
        public static final String DOSSIER_CLOSED = "vn.hoptac.loans.dossier.closed.v1";
        public static final String LOAN_TRANCHE_DISBURSED = "vn.hoptac.loans.loan.tranche-disbursed.v1";
        public static final String LOAN_REPAYMENT_RECEIVED = "vn.hoptac.loans.loan.repayment-received.v1";
        public static final String LOAN_ARREARS_CHANGED = "vn.hoptac.loans.loan.arrears-changed.v1";
        public static final String LOAN_RECOVERY_FLAGGED = "vn.hoptac.loans.loan.recovery-flagged.v1";
        public static final String LOAN_WRITTEN_OFF = "vn.hoptac.loans.loan.written-off.v1";
        public static final String LOAN_RECOVERED = "vn.hoptac.loans.loan.recovered.v1";
        public static final String LOAN_SETTLED = "vn.hoptac.loans.loan.settled.v1";
        public static final String FUND_OPENED = "vn.hoptac.loans.fund.opened.v1";
        public static final String FUND_CAPITAL_CHANGED = "vn.hoptac.loans.fund.capital-changed.v1";

        private Loans() {
        }
    }

    /** On {@code campaigns.events}, published by {@code /provinces/<code>/campaigns}. */
    public static final class Campaigns {
        public static final String PLAN_DRAFTED = "vn.hoptac.campaigns.plan.drafted.v1";
        public static final String PLAN_AMENDED = "vn.hoptac.campaigns.plan.amended.v1";
        public static final String PLAN_ISSUED = "vn.hoptac.campaigns.plan.issued.v1";
        public static final String PLAN_CLOSED = "vn.hoptac.campaigns.plan.closed.v1";
        public static final String PLAN_ACTIVITY_ADDED = "vn.hoptac.campaigns.plan.activity-added.v1";
        public static final String PLAN_ACTIVITY_AMENDED = "vn.hoptac.campaigns.plan.activity-amended.v1";
        public static final String PLAN_ACTIVITY_STARTED = "vn.hoptac.campaigns.plan.activity-started.v1";
        public static final String PLAN_ACTIVITY_COMPLETED = "vn.hoptac.campaigns.plan.activity-completed.v1";
        public static final String PLAN_ACTIVITY_CANCELLED = "vn.hoptac.campaigns.plan.activity-cancelled.v1";
        public static final String PLAN_ACTIVITY_OVERDUE = "vn.hoptac.campaigns.plan.activity-overdue.v1";
        public static final String GATHERING_RECORDED = "vn.hoptac.campaigns.gathering.recorded.v1";
        public static final String GATHERING_ATTENDANCE_CORRECTED = "vn.hoptac.campaigns.gathering.attendance-corrected.v1";
        public static final String GATHERING_COMMENDATION_AWARDED = "vn.hoptac.campaigns.gathering.commendation-awarded.v1";
        public static final String PUBLICATION_RECORDED = "vn.hoptac.campaigns.publication.recorded.v1";
        public static final String PUBLICATION_PUBLISHED = "vn.hoptac.campaigns.publication.published.v1";
        public static final String TARGET_SET = "vn.hoptac.campaigns.target.set.v1";
        public static final String TARGET_CHANGED = "vn.hoptac.campaigns.target.changed.v1";
        public static final String TARGET_PROGRESSED = "vn.hoptac.campaigns.target.progressed.v1";
        public static final String TARGET_REACHED = "vn.hoptac.campaigns.target.reached.v1";

        private Campaigns() {
        }
    }
}
