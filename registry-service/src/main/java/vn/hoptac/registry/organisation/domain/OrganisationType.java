package vn.hoptac.registry.organisation.domain;

/** The kinds of organisation an alliance registers. */
public enum OrganisationType {
    /** Hợp tác xã (HTX). */
    COOPERATIVE,
    /** Tổ hợp tác (THT): may have no registration code. */
    COOPERATIVE_GROUP,
    /** Liên hiệp hợp tác xã. */
    UNION_OF_COOPERATIVES,
    /** Quỹ tín dụng nhân dân: a credit cooperative. */
    PEOPLES_CREDIT_FUND;

    public boolean requiresRegistrationCode() {
        return this != COOPERATIVE_GROUP;
    }
}
