package vn.hoptac.loan.fund.domain;

/** The provincial fund and the other sources the alliance coordinates beside it. */
public enum FundKind {
    /** Quỹ hỗ trợ phát triển hợp tác xã tỉnh. */
    PROVINCIAL_SUPPORT_FUND,
    /** The VCA's national support fund. */
    VCA_NATIONAL_FUND,
    /** Quỹ quốc gia giải quyết việc làm. */
    NATIONAL_EMPLOYMENT_FUND,
    /** The provincial Labour Federation's fund. */
    LABOUR_FEDERATION_FUND,
    PEOPLES_CREDIT_FUND,
    OTHER
}
