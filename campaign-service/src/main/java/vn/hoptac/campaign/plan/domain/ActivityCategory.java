package vn.hoptac.campaign.plan.domain;

/**
 * What an activity of a plan is about, as the alliances' plans group them. A new category is added
 * here and to the event schemas' enums together: consumers validating against an older schema would
 * refuse an event naming it, so it is announced to them first.
 */
public enum ActivityCategory {
    /** Tuyên truyền trên báo, đài, website. */
    PRESS_AND_MEDIA_PROPAGANDA,
    /** Hội nghị tuyên truyền trực tiếp. */
    DIRECT_PROPAGANDA_CONFERENCE,
    /** Bản tin Kinh tế hợp tác. */
    NEWSLETTER_ISSUE,
    /** Tọa đàm. */
    SEMINAR,
    /** Hướng dẫn thủ tục và giải ngân hỗ trợ. */
    SUPPORT_AND_DISBURSEMENT,
    /** Kết nạp thành viên, tư vấn thành lập mới. */
    ADMISSION_OF_MEMBERS,
    /** Hội nghị đối thoại. */
    DIALOGUE_CONFERENCE,
    /** Tham dự các sự kiện của Liên minh HTX Việt Nam. */
    ATTENDING_NATIONAL_EVENTS,
    /** Sắp xếp lại Quỹ hỗ trợ phát triển HTX. */
    FUND_REORGANISATION,
    /** Chương trình mục tiêu quốc gia. */
    NATIONAL_TARGET_PROGRAMME,
    /** Lớp tập huấn, bồi dưỡng. */
    TRAINING_CLASS,
    /** Tham quan học tập. */
    STUDY_TOUR,
    /** Khen thưởng, tôn vinh. */
    COMMENDATION
}
