package vn.hoptac.plumbing.security;

/**
 * The roles a token's {@code roles} claim may hold, the same for every service and every issuer. A
 * role gives nothing outside the provinces of its token.
 */
public enum Role {
    /** Keeps the register, founder groups, membership and imports (cán bộ đăng ký). */
    REGISTRY_OFFICER,
    /** Files and guides loan dossiers, opens funds. */
    LOAN_OFFICER,
    /** Appraises dossiers (thẩm định). */
    APPRAISER,
    /** Approves or rejects appraised dossiers; never one they appraised (four-eyes, a domain rule). */
    APPROVER,
    /** Contributions, disbursements (giải ngân), repayments. */
    TREASURER,
    /** Plans, activities and classes of campaigns. */
    CAMPAIGN_OFFICER,
    /** Reads everything of its alliance, e.g. a member of the inspection committee (UBKT). */
    VIEWER,
    /** Runs the platform: dead-letter re-drive, arrears runs on demand, rebuilds, actuator. */
    OPERATOR;

    /**
     * Whether holding this role satisfies {@code required}. Every officer of the alliance may read what
     * a viewer reads; the operator runs the platform and reads no business data by that role alone.
     */
    public boolean grants(Role required) {
        return this == required || (required == VIEWER && this != OPERATOR);
    }
}
