package vn.hoptac.campaign.gathering.domain;

/** Who a class or conference was for. */
public enum Audience {
    /** Hội đồng quản trị. */
    BOARD_MEMBERS,
    /** Ban kiểm soát, kiểm soát viên. */
    SUPERVISORS,
    /** Giám đốc. */
    DIRECTORS,
    /** Kế toán. */
    ACCOUNTANTS,
    /** Thành viên, người lao động của THT, HTX. */
    COOPERATIVE_MEMBERS,
    /** Sáng lập viên. */
    FOUNDERS,
    /** Cán bộ các sở, ngành, địa phương. */
    OFFICIALS,
    /** Người dân. */
    PUBLIC
}
