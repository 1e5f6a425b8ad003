package vn.hoptac.campaign.plan.domain;

/** What kind of plan an alliance issues. */
public enum PlanKind {
    /** Kế hoạch tổ chức Tháng hành động vì Hợp tác xã: the whole year, with a peak around 11 April. */
    ACTION_MONTH,
    /** Kế hoạch công tác năm. */
    ANNUAL_WORK_PLAN,
    /** Kế hoạch công tác 6 tháng. */
    HALF_YEAR_WORK_PLAN,
    /** Chương trình: a multi-year national target programme's plan. */
    PROGRAMME
}
