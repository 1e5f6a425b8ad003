package vn.hoptac.campaign.gathering.domain;

/** Classes, conferences and tours the alliance holds, each linked to an activity of a plan. */
public enum GatheringKind {
    /** Lớp tập huấn, bồi dưỡng (boards, supervisors, directors, accountants). */
    TRAINING_CLASS,
    /** Lớp tuyên truyền Luật Hợp tác xã, incl. in ethnic-minority areas. */
    PROPAGANDA_CLASS,
    /** Lớp tư vấn thành lập mới cho sáng lập viên. */
    ADVISORY_CLASS,
    /** Hội nghị tuyên truyền trực tiếp. */
    PROPAGANDA_CONFERENCE,
    /** Hội nghị đối thoại. */
    DIALOGUE_CONFERENCE,
    /** Hội nghị tuyên dương, tôn vinh (where commendations are awarded). */
    HONOURING_CONFERENCE,
    /** Tọa đàm. */
    SEMINAR,
    /** Tham quan học tập. */
    STUDY_TOUR;

    /** Conferences and seminars, where commendations may be awarded. */
    public boolean isConference() {
        return this == PROPAGANDA_CONFERENCE || this == DIALOGUE_CONFERENCE || this == HONOURING_CONFERENCE || this == SEMINAR;
    }
}
